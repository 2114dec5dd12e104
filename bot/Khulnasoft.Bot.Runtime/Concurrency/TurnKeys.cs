using Khulnasoft.Bot.Runtime.Storage;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>The Redis keys of one turn (lease, processed marker, the states it read), spelled once when it enters.</summary>
internal sealed class TurnKeys
{
    private readonly IReadOnlyList<string> _stateKeys;

    public TurnKeys(RedisKeys keys, string conversationTag, string? activityId, IReadOnlyList<string> stateKeys)
    {
        Lease = keys.Lease(conversationTag);
        Processed = keys.Processed(conversationTag, activityId ?? string.Empty);
        _stateKeys = stateKeys;
        States = new RedisKey[stateKeys.Count];
        for (var i = 0; i < stateKeys.Count; i++)
        {
            States[i] = keys.State(stateKeys[i]);
        }
    }

    public RedisKey Lease { get; }

    public RedisKey Processed { get; }

    /// <summary>The Redis keys of the states read on entering, aligned with the storage keys.</summary>
    public RedisKey[] States { get; }

    /// <summary>The Redis key of a storage key (one already spelled, or spelled now).</summary>
    public RedisKey State(RedisKeys keys, string storageKey)
    {
        for (var i = 0; i < _stateKeys.Count; i++)
        {
            if (string.Equals(_stateKeys[i], storageKey, StringComparison.Ordinal))
            {
                return States[i];
            }
        }

        return keys.State(storageKey);
    }
}
