namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The account API calls the deletion jobs need (a seam: tests and the accounts client implement it). Every
/// method throws <see cref="Accounts.AccountApiUnavailableException"/> for failures worth retrying (5xx, 429,
/// timeouts, open circuit) after the client's own short retries; the jobs then retry with their own backoff.
/// </summary>
public interface IAccountDeletionApi
{
    /// <summary>Live check of what still blocks deletion (zones, subscriptions, auto-renew, DNS, payment method), as codes; empty when none.</summary>
    Task<IReadOnlyList<CaseBlocker>> FindUnmetPrerequisitesAsync(string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken);

    /// <summary><c>DELETE /users/{id}</c> with the Idempotency-Key: a repeat with the same key returns the first result.</summary>
    Task<UserDeletionOutcome> DeleteUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken);

    Task<bool> HasLegalHoldAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>POST /users/{id}/purge</c> with the Idempotency-Key; false when a legal hold refused it (423).</summary>
    Task<bool> PurgeUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken);
}
