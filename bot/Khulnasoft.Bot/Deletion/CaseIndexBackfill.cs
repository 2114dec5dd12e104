using Khulnasoft.Bot.Runtime.Storage;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Adds the cases stored before the all-cases index existed (<see cref="DeletionKeys.AllCases"/>) to it, so the
/// console lists old closed cases too. It walks the case keys in Redis with <c>SCAN</c> (cursor based, in pages, on
/// every primary of a cluster; never <c>KEYS</c>) and adds every case id the index lacks, in one ETag-guarded write.
/// Idempotent: a second run finds nothing to add. Once done it records <see cref="DeletionKeys.AllCasesBackfilled"/>,
/// so later starts skip the scan. With in-memory storage there is nothing to do: every case in it was indexed.
/// </summary>
public sealed partial class CaseIndexBackfill(IStorage storage, IServiceProvider services, TimeProvider clock, ILogger<CaseIndexBackfill> logger)
{
    private const int MaxConflictRetries = 10;
    private const int ScanPageSize = 500;

    /// <summary>Runs the backfill unless it already ran; returns how many case ids were added.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var done = await storage.ReadAsync([DeletionKeys.AllCasesBackfilled], cancellationToken).ConfigureAwait(false);
        return done.Count > 0 ? 0 : await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scans the stored cases and indexes the ones missing from the all-cases index; returns how many were added.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IConnectionMultiplexer>() is not { } redis || services.GetService<RedisStorageOptions>() is not { } options)
        {
            return 0;
        }

        var stored = await ScanCaseIdsAsync(redis, options.KeyPrefix, cancellationToken).ConfigureAwait(false);
        var added = await AddMissingAsync(stored, cancellationToken).ConfigureAwait(false);
        await storage.WriteAsync(
            new Dictionary<string, object> { [DeletionKeys.AllCasesBackfilled] = new CaseIndexBackfillMark { At = clock.GetUtcNow(), Added = added } },
            cancellationToken).ConfigureAwait(false);
        LogBackfilled(logger, stored.Count, added);
        return added;
    }

    /// <summary>The ids of every stored case: the keys <c>{prefix}s:{deletion/cases/{id}}</c>, on every primary.</summary>
    private static async Task<HashSet<string>> ScanCaseIdsAsync(IConnectionMultiplexer redis, string prefix, CancellationToken cancellationToken)
    {
        var keys = new RedisKeys(prefix);
        var head = keys.State(DeletionKeys.Case("x"))[..^2];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            // IServer.KeysAsync pages with SCAN (cursor based) when the server supports it, which every supported Redis does.
            await foreach (var key in server.KeysAsync(pattern: Glob(head) + "*}", pageSize: ScanPageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var text = key.ToString();
                var id = text[head.Length..^1];
                if (DeletionCaseIds.IsWellFormed(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    private async Task<int> AddMissingAsync(HashSet<string> stored, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await storage.ReadAsync<OpenCaseIndex>([DeletionKeys.AllCases], cancellationToken).ConfigureAwait(false);
            var all = read.TryGetValue(DeletionKeys.AllCases, out var index) ? index : new OpenCaseIndex();
            var known = all.CaseIds.ToHashSet(StringComparer.Ordinal);
            var missing = stored.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count == 0)
            {
                return 0;
            }

            // The missing ones are older than anything indexed: they go first (the index is oldest first).
            all.CaseIds = [.. missing, .. all.CaseIds];
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [DeletionKeys.AllCases] = all }, cancellationToken).ConfigureAwait(false);
                return missing.Count;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                // A case was created meanwhile: read the index again.
            }
        }
    }

    /// <summary>A literal for a Redis glob pattern (the key prefix may contain <c>*?[]\</c>).</summary>
    private static string Glob(string literal) =>
        string.Concat(literal.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "All-cases index backfill: {Stored} stored cases scanned, {Added} added to the index")]
    private static partial void LogBackfilled(ILogger logger, int stored, int added);
}
