using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Sees every message before the deletion dialog does (for example the handoff relay while a human agent owns the
/// conversation). Return true when the message was consumed: the dialog then does not run this turn and its
/// stack stays exactly where it was.
/// </summary>
public interface IMessageInterceptor
{
    Task<bool> TryInterceptAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
