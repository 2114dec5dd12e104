using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// After a turn failed (the adapter has already told the user, with a reference to quote), the conversation starts
/// afresh, as the SDK's <c>AdapterWithErrorHandler</c> does: its conversation state (the dialog stack, the count of
/// misunderstood answers) is deleted, so a broken dialog state cannot fail again on every message. What lives
/// elsewhere is kept: the user's deletion case, their verified identity (private conversation state), an open handoff.
/// </summary>
public sealed partial class ConversationReset(ConversationState conversationState, ILogger<ConversationReset> logger) : ITurnErrorCleanup
{
    public async Task CleanUpAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        LogReset(logger, turnContext.Activity.ChannelId);
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "A turn failed on the {Channel} channel; the conversation's dialog state was cleared")]
    private static partial void LogReset(ILogger logger, string? channel);
}
