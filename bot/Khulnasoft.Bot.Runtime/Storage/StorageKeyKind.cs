namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>What a storage key holds, which decides its TTL.</summary>
public enum StorageKeyKind
{
    /// <summary>Conversation or private-conversation state: <c>{channelId}/conversations/{conversationId}[/users/{userId}]</c>.</summary>
    Conversation,

    /// <summary>User state: <c>{channelId}/users/{userId}</c>.</summary>
    User,

    /// <summary>Anything else an <see cref="IStorage"/> caller writes.</summary>
    Other,
}
