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

    /// <summary>
    /// The Redis Cluster hash slot of a Redis key, computed as the cluster does (CRC16/XMODEM of the hash tag, or of
    /// the whole key without one, modulo 16384). Computed here rather than asked of the client library: a client that
    /// has not (or not yet) recognised the cluster answers "no slot" for every key, and grouping by that sends
    /// cross-slot scripts the cluster refuses.
    /// </summary>
    public static int HashSlot(string redisKey)
    {
        ArgumentNullException.ThrowIfNull(redisKey);
        Span<byte> buffer = redisKey.Length <= 256 ? stackalloc byte[System.Text.Encoding.UTF8.GetMaxByteCount(redisKey.Length)] : new byte[System.Text.Encoding.UTF8.GetMaxByteCount(redisKey.Length)];
        ReadOnlySpan<byte> key = buffer[..System.Text.Encoding.UTF8.GetBytes(redisKey, buffer)];
        var open = key.IndexOf((byte)'{');
        if (open >= 0)
        {
            var close = key[(open + 1)..].IndexOf((byte)'}');
            if (close > 0)
            {
                key = key.Slice(open + 1, close);
            }
        }

        ushort crc = 0;
        foreach (var b in key)
        {
            crc ^= (ushort)(b << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc & 16383;
    }

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
