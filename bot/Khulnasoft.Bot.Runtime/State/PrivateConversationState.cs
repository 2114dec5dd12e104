using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>State per user within a conversation, key <c>{channelId}/conversations/{conversationId}/users/{userId}</c>.</summary>
public sealed class PrivateConversationState(IStorage storage) : BotState(storage, nameof(PrivateConversationState))
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("invalid activity-missing channelId");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("invalid activity-missing Conversation.Id");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("invalid activity-missing From.Id");
        return $"{channelId}/conversations/{conversationId}/users/{userId}";
    }
}
