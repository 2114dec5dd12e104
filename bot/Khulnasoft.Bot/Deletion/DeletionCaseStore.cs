using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Reads and writes deletion cases and their audit chains in the runtime's <see cref="IStorage"/>. A change to a
/// case and its audit entry are written in one ETag-guarded call, so either both land or neither; on a conflict
/// the change is re-applied to the fresh case (bounded retries).
/// </summary>
public sealed partial class DeletionCaseStore(IStorage storage, TimeProvider clock, ILogger<DeletionCaseStore> logger)
{
    private const int MaxConflictRetries = 10;
    private const string CreateOnlyETag = "deletion:create-only";

    public async Task<DeletionCase?> GetAsync(string caseId, CancellationToken cancellationToken)
    {
        var key = DeletionKeys.Case(caseId);
        var items = await storage.ReadAsync<DeletionCase>([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var found) ? found : null;
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string caseId, CancellationToken cancellationToken)
    {
        var key = DeletionKeys.Audit(caseId);
        var items = await storage.ReadAsync<AuditChain>([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var chain) ? chain.Entries : [];
    }

    /// <summary>
    /// Stores a new case with its first audit entry and indexes it for the user and the watchdog — unless the user
    /// already has a case for which <paramref name="blocksNew"/> is true: then that case is returned and nothing is
    /// written. The check and the write are one ETag-guarded step on the user's case index, so two requests racing
    /// (two instances, a double click) never both create a case.
    /// </summary>
    /// <returns>The stored new case, or the existing blocking case.</returns>
    public async Task<DeletionCase> CreateUnlessAsync(
        DeletionCase deletionCase, string actor, CaseChange change, Func<DeletionCase, bool> blocksNew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blocksNew);
        ArgumentNullException.ThrowIfNull(deletionCase);
        ArgumentNullException.ThrowIfNull(change);
        var chain = new AuditChain { CaseId = deletionCase.CaseId };
        deletionCase.AuditHead = AuditHasher.Append(chain, clock.GetUtcNow(), actor, change.Action, change.Details).Hash;
        for (var attempt = 1; ; attempt++)
        {
            var userKey = DeletionKeys.User(deletionCase.UserId);
            var read = await storage.ReadAsync([userKey, DeletionKeys.OpenCases], cancellationToken).ConfigureAwait(false);
            // A new index is written with an ETag no store generates: a missing key accepts it, so only the first of
            // two racing first requests creates the index and the other one conflicts and re-reads.
            var userIndex = read.TryGetValue(userKey, out var u) ? StorageExtensions.ConvertTo<UserCaseIndex>(u) ?? new() : new UserCaseIndex { ETag = CreateOnlyETag };
            if (userIndex.CaseIds.Count > 0)
            {
                var existing = await storage.ReadAsync<DeletionCase>([.. userIndex.CaseIds.Select(DeletionKeys.Case)], cancellationToken).ConfigureAwait(false);
                if (userIndex.CaseIds.Select(id => existing.TryGetValue(DeletionKeys.Case(id), out var c) ? c : null).LastOrDefault(c => c is not null && blocksNew(c)) is { } blocking)
                {
                    return blocking;
                }
            }

            var open = read.TryGetValue(DeletionKeys.OpenCases, out var o) ? StorageExtensions.ConvertTo<OpenCaseIndex>(o) ?? new() : new OpenCaseIndex();
            userIndex.CaseIds = [.. userIndex.CaseIds, deletionCase.CaseId];
            open.CaseIds = [.. open.CaseIds, deletionCase.CaseId];
            try
            {
                await storage.WriteAsync(
                    new Dictionary<string, object>
                    {
                        [DeletionKeys.Case(deletionCase.CaseId)] = deletionCase,
                        [DeletionKeys.Audit(deletionCase.CaseId)] = chain,
                        [userKey] = userIndex,
                        [DeletionKeys.OpenCases] = open,
                    },
                    cancellationToken).ConfigureAwait(false);
                return deletionCase;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, deletionCase.CaseId, attempt);
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current case and records its audit entry. The function may run
    /// more than once (after a conflict) and must decide only from the case it is given; returning null means
    /// "nothing to change" and writes nothing. Returns the case as stored, or null when it does not exist.
    /// </summary>
    /// <exception cref="InvalidDeletionTransitionException">The change asked for a transition the lifecycle forbids.</exception>
    public Task<DeletionCase?> UpdateAsync(string caseId, string actor, Func<DeletionCase, CaseChange?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateAsync(caseId, actor, c => change(c) is { } one ? [one] : null, cancellationToken);
    }

    /// <summary>
    /// Like the single-change update, for a change that is several steps at once (a transition and the job it
    /// scheduled): one write of the case, with one audit entry per step, in order. Null or empty writes nothing.
    /// </summary>
    /// <exception cref="InvalidDeletionTransitionException">The change asked for a transition the lifecycle forbids.</exception>
    public async Task<DeletionCase?> UpdateAsync(string caseId, string actor, Func<DeletionCase, IReadOnlyList<CaseChange>?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var caseKey = DeletionKeys.Case(caseId);
        var auditKey = DeletionKeys.Audit(caseId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await storage.ReadAsync([caseKey, auditKey], cancellationToken).ConfigureAwait(false);
            if (!read.TryGetValue(caseKey, out var raw) || StorageExtensions.ConvertTo<DeletionCase>(raw) is not { } current)
            {
                return null;
            }

            var chain = read.TryGetValue(auditKey, out var a) ? StorageExtensions.ConvertTo<AuditChain>(a) ?? new AuditChain { CaseId = caseId } : new AuditChain { CaseId = caseId };
            if (change(current) is not { Count: > 0 } records)
            {
                return current;
            }

            var at = clock.GetUtcNow();
            foreach (var record in records)
            {
                current.AuditHead = AuditHasher.Append(chain, at, actor, record.Action, record.Details).Hash;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [caseKey] = current, [auditKey] = chain }, cancellationToken).ConfigureAwait(false);
                return current;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, caseId, attempt);
            }
        }
    }

    public async Task<IReadOnlyList<DeletionCase>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var userKey = DeletionKeys.User(userId);
        var index = await storage.ReadAsync<UserCaseIndex>([userKey], cancellationToken).ConfigureAwait(false);
        if (!index.TryGetValue(userKey, out var found) || found.CaseIds.Count == 0)
        {
            return [];
        }

        var cases = await storage.ReadAsync<DeletionCase>([.. found.CaseIds.Select(DeletionKeys.Case)], cancellationToken).ConfigureAwait(false);
        return [.. found.CaseIds.Select(id => cases.TryGetValue(DeletionKeys.Case(id), out var c) ? c : null).OfType<DeletionCase>()];
    }

    public async Task<IReadOnlyList<string>> ListOpenCaseIdsAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync<OpenCaseIndex>([DeletionKeys.OpenCases], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(DeletionKeys.OpenCases, out var open) ? open.CaseIds : [];
    }

    /// <summary>Drops cases that reached a final state from the watchdog's index.</summary>
    public async Task PruneOpenCasesAsync(IReadOnlyCollection<string> closedCaseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closedCaseIds);
        if (closedCaseIds.Count == 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync<OpenCaseIndex>([DeletionKeys.OpenCases], cancellationToken).ConfigureAwait(false);
            if (!items.TryGetValue(DeletionKeys.OpenCases, out var open))
            {
                return;
            }

            open.CaseIds = [.. open.CaseIds.Where(id => !closedCaseIds.Contains(id))];
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [DeletionKeys.OpenCases] = open }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, DeletionKeys.OpenCases, attempt);
            }
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Concurrent change to {Item}; retrying (attempt {Attempt})")]
    private static partial void LogConflict(ILogger logger, string item, int attempt);
}
