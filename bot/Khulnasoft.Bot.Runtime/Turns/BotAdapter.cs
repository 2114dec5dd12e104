using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>
/// Connects the bot to a channel: runs turns through the middleware pipeline and carries the bot's sends,
/// updates and deletes to the channel. Shaped like the SDK's <c>BotAdapter</c>.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>Turn-state key of the <c>invokeResponse</c> activity a handler produced.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    /// <summary>Turn-state key of the authenticated <see cref="System.Security.Claims.ClaimsIdentity"/>.</summary>
    public const string BotIdentityKey = "BotIdentity";

    /// <summary>Turn-state key of the correlation id of the HTTP request that started the turn.</summary>
    public const string CorrelationIdKey = "Khulnasoft.CorrelationId";

    public MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when a turn throws; when null the exception propagates to the caller.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs one turn for an activity that has already been authenticated as <paramref name="identity"/> (the HTTP
    /// endpoint, and in-process channels such as the built-in Direct Line server, call this). Returns the invoke
    /// response (for invokes), or null.
    /// </summary>
    public virtual Task<InvokeResponse?> ProcessActivityAsync(System.Security.Claims.ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not process incoming activities.");

    /// <summary>
    /// Starts a proactive turn in the referenced conversation: a <c>ContinueConversation</c> event runs through
    /// the pipeline and <paramref name="callback"/> can send into the conversation.
    /// </summary>
    public virtual async Task ContinueConversationAsync(string? botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        using var context = new TurnContext(this, reference.GetContinuationActivity(Guid.NewGuid().ToString()));
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the middleware and then <paramref name="callback"/>; hands any exception to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
