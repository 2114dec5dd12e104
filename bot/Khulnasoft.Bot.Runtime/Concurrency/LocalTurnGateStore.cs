using System.Text.Json;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The turn gate for a single instance on any <see cref="IStorage"/> (e.g. <see cref="MemoryStorage"/>): the
/// in-process lock of <see cref="TurnGateMiddleware"/> is the only lease, states are read and written through the
/// storage (with ETag checks), and processed activity ids are remembered in memory for their TTL (in a
/// <see cref="ProcessedRecordLog"/>, which the GC sees as a few large chunks).
/// </summary>
public sealed class LocalTurnGateStore(IStorage storage, RedisStorageOptions options, TimeProvider timeProvider) : ITurnGateStore
{
    private readonly ProcessedRecordLog _processed = new();
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private long _fence;
    private DateTimeOffset _nextSweep;

    public Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken) =>
        TryEnterAsync(conversationTag, activityId, stateKeys, null, cancellationToken);

    public async Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, IReadOnlyList<string?>? knownETags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateKeys);
        if (activityId is not null)
        {
            ReadOnlyMemory<byte>? done;
            lock (_lock)
            {
                done = _processed.TryGet(ProcessedKey(conversationTag, activityId), timeProvider.GetUtcNow());
            }

            // The log never changes a record's bytes once written, so it is read outside the lock.
            if (done is { } json)
            {
                return TurnGateEntry.Duplicate(JsonSerializer.Deserialize<ProcessedTurn>(json.Span, StorageJson.Options) ?? new ProcessedTurn());
            }
        }

        // The in-process lock is the lease, so a known ETag is checked against what the storage holds right now.
        var states = stateKeys.Count == 0
            ? new Dictionary<string, object>(StringComparer.Ordinal)
            : knownETags is not null && storage is MemoryStorage memory
                ? memory.ReadUnlessKnown(stateKeys, knownETags, TurnGateEntry.Unchanged)
                : await storage.ReadAsync([.. stateKeys], cancellationToken).ConfigureAwait(false);
        return TurnGateEntry.Entered(new TurnLease(conversationTag, activityId, string.Empty, Interlocked.Increment(ref _fence)), states);
    }

    /// <summary>False: the in-process lock is the lease, it never runs out.</summary>
    public bool LeasesExpire => false;

    public Task<bool> RenewAsync(TurnLease lease, CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task CompleteAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count > 0)
        {
            await storage.WriteAsync(changes.ToDictionary(c => c.Key, c => (object)c.Document, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        }

        if (processed is not null && lease.ActivityId is not null)
        {
            var now = timeProvider.GetUtcNow();
            // An expectReplies record is copied once, straight into the log (no record array in between); any other is
            // serialized here, outside the lock.
            var json = processed.TryGetRecordPieces(out var prefix, out var replies, out var suffix) ? null : processed.ToUtf8Json();
            lock (_lock)
            {
                // Expired ids are swept at most once a minute: a sweep on every turn made each turn O(ids remembered),
                // and with the one-day TTL that grew without bound. Lookups check the expiry themselves.
                if (now >= _nextSweep)
                {
                    _processed.Sweep(now);
                    _nextSweep = now + SweepInterval;
                }

                var key = ProcessedKey(lease.ConversationTag, lease.ActivityId);
                var expires = now + options.ProcessedActivityTtl;
                if (json is null)
                {
                    _processed.Add(key, prefix, replies, suffix, expires);
                }
                else
                {
                    _processed.Add(key, json, expires);
                }
            }
        }
    }

    public Task ReleaseAsync(TurnLease lease, CancellationToken cancellationToken) => Task.CompletedTask;

    private static string ProcessedKey(string conversationTag, string activityId) => string.Concat(conversationTag, "\n", activityId);
}
