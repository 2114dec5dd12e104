using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Audit;

/// <summary>
/// The audit chain of one Khulnasoft account, for what the bot does to an account before (or without) a deletion
/// case: the one-click fixes of the checklist. Same entries, hashing and verification as a case's chain
/// (<see cref="AuditHasher"/>, <see cref="AuditVerifier"/>), stored in the same store under
/// <c>audit/accounts/{accountId}</c> (no TTL: a record, like the cases), with <see cref="ChainId"/> in the hashed
/// <c>caseId</c> field so an entry cannot be moved between an account's chain and a case's. Appends are ETag-guarded
/// read-modify-writes, retried on a conflict (two instances appending at once both land, in some order).
/// </summary>
public sealed partial class AccountAuditLog(IStorage storage, TimeProvider clock, ILogger<AccountAuditLog> logger)
{
    private const int MaxConflictRetries = 10;
    private const string CreateOnlyETag = "audit:create-only";

    /// <summary>The storage key of <paramref name="accountId"/>'s chain.</summary>
    public static string Key(string accountId) => $"audit/accounts/{accountId}";

    /// <summary>The id the chain's hashes are computed with (<c>account:{accountId}</c>).</summary>
    public static string ChainId(string accountId) => $"account:{accountId}";

    public async Task<AuditEntry> AppendAsync(string accountId, string actor, string action, IReadOnlyDictionary<string, string>? details, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var key = Key(accountId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            var chain = read.TryGetValue(key, out var raw) && StorageExtensions.ConvertTo<AuditChain>(raw) is { } stored
                ? stored
                : new AuditChain { CaseId = ChainId(accountId), ETag = CreateOnlyETag };
            var entry = AuditHasher.Append(chain, clock.GetUtcNow(), actor, action, details);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = chain }, cancellationToken).ConfigureAwait(false);
                return entry;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, accountId, attempt);
            }
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAsync(string accountId, CancellationToken cancellationToken)
    {
        var key = Key(accountId);
        var read = await storage.ReadAsync<AuditChain>([key], cancellationToken).ConfigureAwait(false);
        return read.TryGetValue(key, out var chain) ? chain.Entries : [];
    }

    /// <summary>Recomputes every hash of <paramref name="accountId"/>'s chain.</summary>
    public async Task<AuditVerification> VerifyAsync(string accountId, CancellationToken cancellationToken) =>
        AuditVerifier.Verify(ChainId(accountId), await GetAsync(accountId, cancellationToken).ConfigureAwait(false));

    [LoggerMessage(EventId = 5250, Level = LogLevel.Debug, Message = "Account audit chain of {AccountId}: write conflict, attempt {Attempt}; retrying")]
    private static partial void LogConflict(ILogger logger, string accountId, int attempt);
}
