namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>An ordered middleware pipeline; itself a middleware, like the SDK's.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public IReadOnlyList<IMiddleware> Items => _middleware;

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, ct => next(ct), 0, cancellationToken);

    /// <summary>Runs every middleware in order, then <paramref name="callback"/> (if any).</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, ct => callback is null ? Task.CompletedTask : callback(turnContext, ct), 0, cancellationToken);

    private Task RunAsync(ITurnContext turnContext, Func<CancellationToken, Task> last, int index, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return last(cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(turnContext, last, index + 1, ct), cancellationToken);
    }
}
