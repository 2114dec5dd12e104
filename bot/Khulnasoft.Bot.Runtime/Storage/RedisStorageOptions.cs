namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>Settings of the <c>Storage</c> section: where state lives and how long each kind of key is kept.</summary>
public sealed class RedisStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>StackExchange.Redis connection string; empty means in-process <see cref="MemoryStorage"/> (one instance only).</summary>
    public string RedisConnection { get; set; } = string.Empty;

    /// <summary>Prefix of every Redis key (no braces: they would break the cluster hash tags). Default <c>bot:</c>.</summary>
    public string KeyPrefix { get; set; } = "bot:";

    /// <summary>How long conversation and private-conversation state lives after its last write. Zero keeps it forever. Default 30 days.</summary>
    public TimeSpan ConversationStateTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long user state lives after its last write. Zero keeps it forever. Default 365 days.</summary>
    public TimeSpan UserStateTtl { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long any other key lives after its last write. Zero (the default) keeps it forever.</summary>
    public TimeSpan OtherTtl { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// TTLs by storage-key prefix, for records that a feature knows are useless after a while (e.g. one-time-code
    /// records once their hour is over). A key that starts with one of these prefixes lives this long after its last
    /// write, whatever its kind; the longest matching prefix wins; zero keeps it forever. Empty by default.
    /// </summary>
    public Dictionary<string, TimeSpan> KeyPrefixTtls { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>How long a processed activity id (and its invoke response or replies) is remembered to absorb re-deliveries. Default 1 day.</summary>
    public TimeSpan ProcessedActivityTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Length of a conversation's turn lease; it is renewed every third of it while a turn runs. Default 30 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for the conversation's previous turn before giving up with <see cref="StorageUnavailableException"/> (503). Default 60 s.</summary>
    public TimeSpan LeaseWaitTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many states (conversation, user, private conversation) an instance keeps deserialized after a turn, for the
    /// conversation's next turn. A kept state is used only when the store confirms, in the step that takes the lease,
    /// that it still holds that state's ETag (otherwise the stored copy is read as usual); 0 turns this off. Default 10000.
    /// </summary>
    public int StateCacheSize { get; set; } = 10_000;

    /// <summary>The TTL of a storage key: its prefix's (<see cref="KeyPrefixTtls"/>), else its kind's; null means no expiry.</summary>
    public TimeSpan? TtlFor(string storageKey)
    {
        ArgumentNullException.ThrowIfNull(storageKey);
        if (KeyPrefixTtls.Count > 0)
        {
            var longest = -1;
            var ttl = TimeSpan.Zero;
            foreach (var (prefix, prefixTtl) in KeyPrefixTtls)
            {
                if (prefix.Length > longest && storageKey.StartsWith(prefix, StringComparison.Ordinal))
                {
                    longest = prefix.Length;
                    ttl = prefixTtl;
                }
            }

            if (longest >= 0)
            {
                return ttl > TimeSpan.Zero ? ttl : null;
            }
        }

        return TtlFor(RedisKeys.KindOf(storageKey));
    }

    /// <summary>The TTL for a storage key of the given kind; null means no expiry.</summary>
    public TimeSpan? TtlFor(StorageKeyKind kind)
    {
        var ttl = kind switch
        {
            StorageKeyKind.Conversation => ConversationStateTtl,
            StorageKeyKind.User => UserStateTtl,
            _ => OtherTtl,
        };
        return ttl > TimeSpan.Zero ? ttl : null;
    }
}
