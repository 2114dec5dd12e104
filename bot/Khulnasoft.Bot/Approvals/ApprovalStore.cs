using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Reads and writes approval requests in the runtime's <see cref="IStorage"/>. Every change after creation is
/// ETag-guarded and re-applied to the fresh record on a conflict (bounded retries), so concurrent clicks on two
/// instances are decided exactly once.
/// </summary>
public sealed partial class ApprovalStore(IStorage storage, ILogger<ApprovalStore> logger)
{
    private const int MaxConflictRetries = 10;

    public async Task<ApprovalRecord?> GetAsync(string caseId, CancellationToken cancellationToken)
    {
        var key = ApprovalKeys.Request(caseId);
        var items = await storage.ReadAsync<ApprovalRecord>([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var found) ? found : null;
    }

    /// <summary>
    /// Stores a new request unless the case already has one; returns the stored request and whether this call made it.
    /// (The storage contract has no create-only write, so a second caller racing this one on another instance is
    /// detected by reading back: the loser sees the winner's request id and sends nothing.)
    /// </summary>
    public async Task<(ApprovalRecord Record, bool Created)> CreateAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, false);
        }

        record.ETag = null;
        await storage.WriteAsync(new Dictionary<string, object> { [ApprovalKeys.Request(record.CaseId)] = record }, cancellationToken).ConfigureAwait(false);
        var stored = await GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false) ?? record;
        if (!string.Equals(stored.RequestId, record.RequestId, StringComparison.Ordinal))
        {
            return (stored, false);
        }

        await UpdateIndexAsync(record.AccountId, ids => ids.Contains(record.CaseId, StringComparer.Ordinal) ? null : [.. ids, record.CaseId], cancellationToken).ConfigureAwait(false);
        return (stored, true);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current record and writes it with its ETag. The function may run more
    /// than once (after a conflict) and must decide only from the record it is given; returning false writes nothing.
    /// Returns the record as stored (null when there is none) and whether this call changed it.
    /// </summary>
    public async Task<(ApprovalRecord? Record, bool Changed)> UpdateAsync(string caseId, Func<ApprovalRecord, bool> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = ApprovalKeys.Request(caseId);
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(caseId, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return (null, false);
            }

            if (!change(current))
            {
                return (current, false);
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = current }, cancellationToken).ConfigureAwait(false);
                if (current.IsDecided)
                {
                    await UpdateIndexAsync(current.AccountId, ids => ids.Contains(caseId, StringComparer.Ordinal) ? [.. ids.Where(id => id != caseId)] : null, cancellationToken).ConfigureAwait(false);
                }

                return (current, true);
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, caseId, attempt);
            }
        }
    }

    /// <summary>Deletes a request (after its retention); false when there was none.</summary>
    public async Task<bool> DeleteAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return false;
        }

        await storage.DeleteAsync([ApprovalKeys.Request(caseId)], cancellationToken).ConfigureAwait(false);
        await UpdateIndexAsync(record.AccountId, ids => ids.Contains(caseId, StringComparer.Ordinal) ? [.. ids.Where(id => id != caseId)] : null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The account's requests that are still pending, oldest first.</summary>
    public async Task<IReadOnlyList<ApprovalRecord>> ListPendingAsync(string accountId, CancellationToken cancellationToken)
    {
        var indexKey = ApprovalKeys.Account(accountId);
        var index = await storage.ReadAsync<ApprovalAccountIndex>([indexKey], cancellationToken).ConfigureAwait(false);
        if (!index.TryGetValue(indexKey, out var found) || found.CaseIds.Count == 0)
        {
            return [];
        }

        var records = await storage.ReadAsync<ApprovalRecord>([.. found.CaseIds.Select(ApprovalKeys.Request)], cancellationToken).ConfigureAwait(false);
        return [.. found.CaseIds
            .Select(id => records.TryGetValue(ApprovalKeys.Request(id), out var r) ? r : null)
            .OfType<ApprovalRecord>()
            .Where(r => !r.IsDecided)];
    }

    private async Task UpdateIndexAsync(string accountId, Func<IReadOnlyList<string>, IReadOnlyList<string>?> change, CancellationToken cancellationToken)
    {
        var key = ApprovalKeys.Account(accountId);
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync<ApprovalAccountIndex>([key], cancellationToken).ConfigureAwait(false);
            var index = items.TryGetValue(key, out var found) ? found : new ApprovalAccountIndex();
            if (change(index.CaseIds) is not { } updated)
            {
                return;
            }

            index.CaseIds = updated;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = index }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, key, attempt);
            }
        }
    }

    [LoggerMessage(EventId = 6501, Level = LogLevel.Debug, Message = "Concurrent change to approval item {Item}; retrying (attempt {Attempt})")]
    private static partial void LogConflict(ILogger logger, string item, int attempt);
}
