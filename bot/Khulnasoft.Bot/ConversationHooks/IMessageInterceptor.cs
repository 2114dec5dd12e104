using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Sees every message before the deletion dialog does (for example the handoff relay while a human agent owns the
/// conversation). Return true when the message was consumed: the dialog then does not run this turn and its
/// stack stays exactly where it was. Interceptors run by <see cref="Order"/>, lowest first, so the order in which
/// features register does not matter.
/// </summary>
public interface IMessageInterceptor
{
    /// <summary>When this interceptor runs, relative to the others: one of the <see cref="InterceptorOrder"/> values.</summary>
    int Order { get; }

    Task<bool> TryInterceptAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
