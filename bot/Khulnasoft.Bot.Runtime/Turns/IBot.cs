namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>The bot's logic: one call per incoming activity (a turn).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
