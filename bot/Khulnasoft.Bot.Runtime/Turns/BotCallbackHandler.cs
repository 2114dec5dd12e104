namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>The callback the adapter runs at the end of the middleware pipeline (usually <see cref="IBot.OnTurnAsync"/>).</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
