using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>Saves every registered state after a turn that finished normally; a turn that throws saves nothing.</summary>
public sealed class AutoSaveStateMiddleware(params BotState[] botStates) : IMiddleware
{
    public IReadOnlyList<BotState> BotStates { get; } = botStates;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        foreach (var state in BotStates)
        {
            await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
    }
}
