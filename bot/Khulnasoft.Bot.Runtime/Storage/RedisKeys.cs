namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// The one place that spells Redis keys. Every key of one conversation (its state, its private state, its turn
/// lease, fencing counter and processed-activity markers) carries the same hash tag
/// <c>{channelId/conversations/conversationId}</c>, so a script touching them stays in one Redis Cluster slot.
/// User state is tagged by its own key (one slot per user).
/// </summary>
public sealed class RedisKeys
{
    private const string ConversationsSegment = "/conversations/";
    private const string UsersSegment = "/users/";

    public RedisKeys(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Contains('{', StringComparison.Ordinal) || prefix.Contains('}', StringComparison.Ordinal))
        {
            throw new ArgumentException("The Redis key prefix must not contain '{' or '}' (they are reserved for cluster hash tags).", nameof(prefix));
        }

        Prefix = prefix;
    }

    public string Prefix { get; }

    /// <summary>The Redis key of a storage key, e.g. <c>bot:s:{msteams/conversations/a:1}/users/29:x</c>.</summary>
    public string State(string storageKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(storageKey);
        var (tag, rest) = SplitTag(storageKey);
        return string.Concat(Prefix, "s:{", Escape(tag), "}", rest);
    }

    /// <summary>The turn lease of a conversation (hash: owner, fence).</summary>
    public string Lease(string conversationTag) => string.Concat(Prefix, "lease:{", Escape(conversationTag), "}");

    /// <summary>The monotonically increasing fencing counter of a conversation.</summary>
    public string Fence(string conversationTag) => string.Concat(Prefix, "fence:{", Escape(conversationTag), "}");

    /// <summary>The marker of a processed activity (its recorded answer).</summary>
    public string Processed(string conversationTag, string activityId) =>
        string.Concat(Prefix, "done:{", Escape(conversationTag), "}", activityId);

    /// <summary>The conversation tag of a turn: the ConversationState key <c>{channelId}/conversations/{conversationId}</c>.</summary>
    public static string ConversationTag(string channelId, string conversationId) =>
        string.Concat(channelId, ConversationsSegment, conversationId);

    /// <summary>What kind of state a storage key holds (decides its TTL).</summary>
    public static StorageKeyKind KindOf(string storageKey)
    {
        ArgumentNullException.ThrowIfNull(storageKey);
        var slash = storageKey.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return StorageKeyKind.Other;
        }

        var rest = storageKey.AsSpan(slash);
        if (rest.StartsWith(ConversationsSegment, StringComparison.Ordinal))
        {
            return StorageKeyKind.Conversation;
        }

        return rest.StartsWith(UsersSegment, StringComparison.Ordinal) ? StorageKeyKind.User : StorageKeyKind.Other;
    }

    private static (string Tag, string Remainder) SplitTag(string storageKey)
    {
        if (KindOf(storageKey) == StorageKeyKind.Conversation)
        {
            // {channelId}/conversations/{conversationId}/users/{userId}: the tag stops before "/users/".
            var start = storageKey.IndexOf(ConversationsSegment, StringComparison.Ordinal) + ConversationsSegment.Length;
            var users = storageKey.IndexOf(UsersSegment, start, StringComparison.Ordinal);
            if (users > 0)
            {
                return (storageKey[..users], storageKey[users..]);
            }
        }

        return (storageKey, string.Empty);
    }

    // A '}' inside an id would end the hash tag early; replace braces so the tag is always the whole id.
    // '%' is escaped too, so two different ids never map to the same key.
    private static string Escape(string tag) =>
        tag.AsSpan().IndexOfAny('{', '}', '%') < 0
            ? tag
            : tag.Replace("%", "%25", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
