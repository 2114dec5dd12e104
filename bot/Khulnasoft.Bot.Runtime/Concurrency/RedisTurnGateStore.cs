using System.Text.Json;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The turn gate on Redis: entering (dedup check + lease with a new fencing token + reading every state) is one
/// script, finishing (fencing check + compare-and-set of the states + processed marker + release) is another, so a
/// turn costs two round trips. The lease, fence and processed keys share the conversation's hash tag; the states
/// must share it too on Redis Cluster (user state does not: on Cluster register only conversation-scoped states
/// with the gate, or run a single-node/replicated Redis).
/// </summary>
public sealed class RedisTurnGateStore(IConnectionMultiplexer connection, RedisStorage storage, RedisStorageOptions options) : ITurnGateStore
{
    private readonly RedisKeys _keys = storage.Keys;

    public async Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateKeys);
        var owner = Guid.NewGuid().ToString("N");
        RedisKey[] keys =
        [
            _keys.Lease(conversationTag),
            _keys.Fence(conversationTag),
            _keys.Processed(conversationTag, activityId ?? string.Empty),
            .. stateKeys.Select(k => (RedisKey)_keys.State(k)),
        ];
        RedisValue[] args =
        [
            owner,
            (long)options.LeaseDuration.TotalMilliseconds,
            activityId is null ? "0" : "1",
            (long)options.ConversationStateTtl.TotalMilliseconds,
        ];
        var db = connection.GetDatabase();
        var result = (RedisResult[])(await RedisStorage.GuardAsync(() => db.ScriptEvaluateAsync(RedisScripts.Enter, keys, args)).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        switch ((int)result[0])
        {
            case 0:
                var pttl = (long)result[1];
                return TurnGateEntry.Busy(TimeSpan.FromMilliseconds(pttl > 0 ? pttl : 1));
            case 2:
                var processed = JsonSerializer.Deserialize<ProcessedTurn>((string)result[1]!, StorageJson.Options) ?? new ProcessedTurn();
                return TurnGateEntry.Duplicate(processed);
            default:
                var fence = (long)result[1];
                var states = new Dictionary<string, object>(StringComparer.Ordinal);
                for (var i = 0; i < stateKeys.Count; i++)
                {
                    var json = result[2 + (i * 2)];
                    var eTag = result[3 + (i * 2)];
                    if (!json.IsNull && !eTag.IsNull)
                    {
                        states[stateKeys[i]] = StoredItems.ToElement((string)json!, (string)eTag!);
                    }
                }

                return TurnGateEntry.Entered(new TurnLease(conversationTag, activityId, owner, fence), states);
        }
    }

    public async Task<bool> RenewAsync(TurnLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var db = connection.GetDatabase();
        var result = await RedisStorage.GuardAsync(() => db.ScriptEvaluateAsync(
            RedisScripts.Renew,
            [_keys.Lease(lease.ConversationTag)],
            [lease.Owner, lease.Fence, (long)options.LeaseDuration.TotalMilliseconds])).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task CompleteAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(changes);
        var record = processed is not null && lease.ActivityId is not null;
        var writes = changes.Select(c => (c.Key, c.Document, Serialized: StoredItems.Serialize(c.Key, c.Document), NewETag: StoredItems.NewETag())).ToList();
        RedisKey[] keys =
        [
            _keys.Lease(lease.ConversationTag),
            _keys.Processed(lease.ConversationTag, lease.ActivityId ?? string.Empty),
            .. writes.Select(w => (RedisKey)_keys.State(w.Key)),
        ];
        RedisValue[] args =
        [
            lease.Owner,
            lease.Fence,
            record ? "1" : "0",
            record ? JsonSerializer.Serialize(processed, StorageJson.Options) : string.Empty,
            (long)options.ProcessedActivityTtl.TotalMilliseconds,
            .. writes.SelectMany(w => storage.WriteArguments(w.Key, w.Serialized.Json, w.Serialized.ExpectedETag, w.NewETag)),
        ];
        var db = connection.GetDatabase();
        var result = (int)await RedisStorage.GuardAsync(() => db.ScriptEvaluateAsync(RedisScripts.Complete, keys, args)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (result == -1)
        {
            throw new TurnLeaseLostException("The turn outlived its conversation lease and another turn took over; its state was not saved.");
        }

        if (result > 0)
        {
            throw StorageConcurrencyException.ForKey(writes[result - 1].Key);
        }

        foreach (var write in writes)
        {
            write.Document.ETag = write.NewETag;
        }
    }

    public async Task ReleaseAsync(TurnLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var db = connection.GetDatabase();
        await RedisStorage.GuardAsync(() => db.ScriptEvaluateAsync(RedisScripts.Release, [_keys.Lease(lease.ConversationTag)], [lease.Owner, lease.Fence])).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
