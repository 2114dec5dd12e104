using System.Text.Json;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The turn gate on Redis: entering (dedup check + lease with a new fencing token + reading every state) is one
/// script, finishing (fencing check + compare-and-set of the states + processed marker + release) is another, so a
/// turn costs two round trips. The lease, fence and processed keys share the conversation's hash tag, and so do
/// conversation and private-conversation state. On Redis Cluster, states in another slot (user state) cannot join
/// the scripts: they are read and written through <see cref="RedisStorage"/> right after (one more round trip each
/// way, still ETag-checked, atomic per slot; written only after the fenced save succeeded).
/// Every attempt has its own owner id. When Redis stalls, a script the bot gave up on (timeout, cancelled request) can
/// still run once Redis resumes; the bot then queues a release of exactly that attempt's lease behind it on the same
/// connection, and the conversation's next Enter from this instance takes over a lease still held by that attempt, so
/// the next turn never waits for such a lease to expire. An Enter whose request was aborted before it was sent sends
/// nothing; one aborted while (or just as) Redis answered ends in a cancellation all the same, its lease released.
/// Every script goes through one <see cref="RedisScriptPipeline"/>: concurrent turns' scripts share a socket write and
/// Redis's reply write (each still its own round trip and result), and their order is kept.
/// </summary>
public sealed class RedisTurnGateStore(IConnectionMultiplexer connection, RedisStorage storage, RedisStorageOptions options) : ITurnGateStore
{
    private readonly RedisKeys _keys = storage.Keys;
    // Conversations with an attempt in doubt at the same time; beyond that, such a lease just expires (as before).
    private const int AbandonedCapacity = 10_000;

    private readonly AbandonedLeases _abandoned = new(AbandonedCapacity);
    private readonly RedisScriptPipeline _pipeline = new(connection);

    /// <summary>The pipeline the scripts go through (tests replace it to decide when a flush runs).</summary>
    internal RedisScriptPipeline Pipeline
    {
        get => _pipeline;
        init => _pipeline = value;
    }

    private static readonly RedisScript EnterScript = new(RedisScripts.Enter);
    private static readonly RedisScript RenewScript = new(RedisScripts.Renew);
    private static readonly RedisScript ReleaseScript = new(RedisScripts.Release);
    private static readonly RedisScript CompleteScript = new(RedisScripts.Complete);

    /// <summary>Attempts this instance gave up on (for tests).</summary>
    internal AbandonedLeases Abandoned => _abandoned;

    public Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken) =>
        TryEnterAsync(conversationTag, activityId, stateKeys, null, cancellationToken);

    public async Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, IReadOnlyList<string?>? knownETags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateKeys);
        if (!storage.IsCluster)
        {
            return await EnterAsync(conversationTag, activityId, stateKeys, knownETags, cancellationToken).ConfigureAwait(false);
        }

        var (scripted, separate) = SplitBySlot(conversationTag, stateKeys);
        var known = knownETags is null ? null : scripted.Select(k => knownETags[IndexOf(stateKeys, k)]).ToList();
        var entry = await EnterAsync(conversationTag, activityId, scripted, known, cancellationToken).ConfigureAwait(false);
        if (entry.Status == TurnGateStatus.Entered && separate.Count > 0)
        {
            foreach (var (key, value) in await storage.ReadAsync([.. separate], cancellationToken).ConfigureAwait(false))
            {
                entry.States[key] = value;
            }
        }

        return entry;
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private async Task<TurnGateEntry> EnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, IReadOnlyList<string?>? knownETags, CancellationToken cancellationToken)
    {
        // A request already given up on takes no lease (and leaves no attempt in doubt).
        cancellationToken.ThrowIfCancellationRequested();

        // Unique per lease (128 random bits); see StoredItems.NewETag.
        var owner = StoredItems.NewETag();

        // The keys are spelled once per turn: the lease keeps them for Complete.
        var turnKeys = new TurnKeys(_keys, conversationTag, activityId, stateKeys);
        var keys = new RedisKey[3 + stateKeys.Count];
        keys[0] = turnKeys.Lease;
        keys[1] = _keys.Fence(conversationTag);
        keys[2] = turnKeys.Processed;
        turnKeys.States.CopyTo(keys, 3);
        var abandoned = _abandoned.OwnerOf(conversationTag);
        var args = new RedisValue[5 + stateKeys.Count];
        args[0] = owner;
        args[1] = (long)options.LeaseDuration.TotalMilliseconds;
        args[2] = activityId is null ? "0" : "1";
        args[3] = (long)options.ConversationStateTtl.TotalMilliseconds;
        args[4] = abandoned ?? string.Empty;
        for (var i = 0; i < stateKeys.Count; i++)
        {
            args[5 + i] = knownETags?[i] ?? string.Empty;
        }

        RedisResult[] result;
        try
        {
            result = (RedisResult[])(await _pipeline.EvaluateAsync(EnterScript, keys, args).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch (OperationCanceledException)
        {
            Abandon(conversationTag, owner, null);
            throw;
        }
        catch (Exception e) when (RedisStorage.IsUnavailable(e))
        {
            Abandon(conversationTag, owner, null);
            throw RedisStorage.Unavailable(e);
        }

        if (abandoned is not null && (int)result[0] == 1)
        {
            // This attempt holds the lease now: whatever the abandoned one left is replaced.
            _abandoned.Forget(conversationTag, abandoned);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // Given up on while the answer came in: the caller is told the same as when it gave up a moment earlier,
            // whichever came first, and a lease this attempt took is released behind it.
            if ((int)result[0] == 1)
            {
                Abandon(conversationTag, owner, (long)result[1]);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        switch ((int)result[0])
        {
            case 0:
                var pttl = (long)result[1];
                return TurnGateEntry.Busy(TimeSpan.FromMilliseconds(pttl > 0 ? pttl : 1));
            case 2:
                var processed = JsonSerializer.Deserialize<ProcessedTurn>(((ReadOnlyMemory<byte>)(RedisValue)result[1]).Span, StorageJson.Options) ?? new ProcessedTurn();
                return TurnGateEntry.Duplicate(processed);
            default:
                var fence = (long)result[1];
                var states = new Dictionary<string, object>(stateKeys.Count, StringComparer.Ordinal);
                for (var i = 0; i < stateKeys.Count; i++)
                {
                    var json = result[2 + (i * 2)];
                    var eTag = result[3 + (i * 2)];
                    if (json.IsNull || eTag.IsNull)
                    {
                        continue;
                    }

                    var bytes = (ReadOnlyMemory<byte>)(RedisValue)json;
                    states[stateKeys[i]] = bytes.IsEmpty && knownETags?[i] is { } held && held == (string?)eTag
                        ? TurnGateEntry.Unchanged
                        : StoredItems.ToElement(bytes.Span, (string)eTag!);
                }

                return TurnGateEntry.Entered(new TurnLease(conversationTag, activityId, owner, fence) { StoreState = turnKeys }, states);
        }
    }

    public async Task<bool> RenewAsync(TurnLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var result = await RedisStorage.GuardAsync(() => _pipeline.EvaluateAsync(
            RenewScript,
            [LeaseKey(lease)],
            [lease.Owner, lease.Fence, (long)options.LeaseDuration.TotalMilliseconds])).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task CompleteAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(changes);
        if (!storage.IsCluster)
        {
            await CompleteScriptedAsync(lease, changes, processed, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (_, separate) = SplitBySlot(lease.ConversationTag, [.. changes.Select(c => c.Key)]);
        var separateKeys = separate.ToHashSet(StringComparer.Ordinal);
        await CompleteScriptedAsync(lease, [.. changes.Where(c => !separateKeys.Contains(c.Key))], processed, cancellationToken).ConfigureAwait(false);
        if (separateKeys.Count > 0)
        {
            await storage.WriteAsync(changes.Where(c => separateKeys.Contains(c.Key)).ToDictionary(c => c.Key, c => (object)c.Document, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CompleteScriptedAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken)
    {
        var record = processed is not null && lease.ActivityId is not null;
        var turnKeys = lease.StoreState as TurnKeys ?? new TurnKeys(_keys, lease.ConversationTag, lease.ActivityId, []);
        var keys = new RedisKey[2 + changes.Count];
        keys[0] = turnKeys.Lease;
        keys[1] = turnKeys.Processed;
        var args = new RedisValue[5 + (changes.Count * 4)];
        args[0] = lease.Owner;
        args[1] = lease.Fence;
        args[2] = record ? "1" : "0";
        args[3] = record ? processed!.ToUtf8Json() : RedisValue.EmptyString;
        args[4] = (long)options.ProcessedActivityTtl.TotalMilliseconds;
        var newETags = changes.Count == 0 ? [] : new string[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            var (key, document) = changes[i];
            var (json, expected) = StoredItems.Serialize(key, document);
            newETags[i] = StoredItems.NewETag();
            keys[2 + i] = turnKeys.State(_keys, key);
            storage.FillWriteArguments(args.AsSpan(5 + (i * 4), 4), key, json, expected, newETags[i]);
        }

        int result;
        try
        {
            result = (int)await _pipeline.EvaluateAsync(CompleteScript, keys, args).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The script may still run (and release) once Redis answers; if it never does, the lease is not left to expire.
            Abandon(lease.ConversationTag, lease.Owner, lease.Fence);
            throw;
        }
        catch (Exception e) when (RedisStorage.IsUnavailable(e))
        {
            Abandon(lease.ConversationTag, lease.Owner, lease.Fence);
            throw RedisStorage.Unavailable(e);
        }

        if (result == -1)
        {
            throw new TurnLeaseLostException("The turn outlived its conversation lease and another turn took over; its state was not saved.");
        }

        if (result > 0)
        {
            throw StorageConcurrencyException.ForKey(changes[result - 1].Key);
        }

        for (var i = 0; i < changes.Count; i++)
        {
            changes[i].Document.ETag = newETags[i];
        }
    }

    /// <summary>Which state keys can join the conversation's scripts (all of them unless on Redis Cluster).</summary>
    private (List<string> Scripted, List<string> Separate) SplitBySlot(string conversationTag, IReadOnlyList<string> stateKeys)
    {
        if (!storage.IsCluster)
        {
            return ([.. stateKeys], []);
        }

        var slot = RedisKeys.HashSlot(_keys.Lease(conversationTag));
        var scripted = stateKeys.Where(k => RedisKeys.HashSlot(_keys.State(k)) == slot).ToList();
        return (scripted, [.. stateKeys.Except(scripted, StringComparer.Ordinal)]);
    }

    public async Task ReleaseAsync(TurnLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await RedisStorage.GuardAsync(() => _pipeline.EvaluateAsync(ReleaseScript, [LeaseKey(lease)], [lease.Owner, lease.Fence])).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StorageUnavailableException or OperationCanceledException)
        {
            Abandon(lease.ConversationTag, lease.Owner, lease.Fence);
            throw;
        }
    }

    private RedisKey LeaseKey(TurnLease lease) => (lease.StoreState as TurnKeys)?.Lease ?? _keys.Lease(lease.ConversationTag);

    /// <summary>
    /// An attempt whose script the bot stopped waiting for: remembered (the next Enter takes over its lease), and a
    /// release of its lease is queued behind it on the same connection (so it runs right after the script, if that runs).
    /// Fire-and-forget at the protocol level: nothing waits for it, and if the connection is gone the takeover remains.
    /// </summary>
    private void Abandon(string conversationTag, string owner, long? fence)
    {
        _abandoned.Add(conversationTag, owner);

        // Behind the attempt's own script in the pipeline, so it reaches Redis after it. If the connection is gone and
        // refuses it, the attempt's script was not sent either, so nothing can take a lease later (the takeover covers the rest).
        _pipeline.Send(ReleaseScript, [_keys.Lease(conversationTag)], [owner, fence is { } f ? f : RedisValue.EmptyString]);
    }
}
