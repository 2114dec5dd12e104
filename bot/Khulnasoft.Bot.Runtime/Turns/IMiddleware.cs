namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Runs around every turn; call <c>next</c> to continue the pipeline, or don't, to short-circuit it.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}

/// <summary>The rest of the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
