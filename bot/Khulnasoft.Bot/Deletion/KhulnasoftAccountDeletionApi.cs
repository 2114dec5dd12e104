using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <see cref="IAccountDeletionApi"/> over the account API client (its named HttpClient has its own short retries and
/// circuit breaker). Prerequisites are read live per account and judged by <see cref="AccountPrerequisites"/>, the
/// rules the delete endpoint applies.
/// </summary>
public sealed class KhulnasoftAccountDeletionApi(KhulnasoftApiClient client, PrerequisiteReader prerequisites) : IAccountDeletionApi
{
    public async Task<IReadOnlyList<CaseBlocker>> FindUnmetPrerequisitesAsync(string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var unmet = new List<CaseBlocker>();
        foreach (var accountId in accountIds)
        {
            try
            {
                unmet.AddRange((await prerequisites.ReadAsync(accountId, cancellationToken).ConfigureAwait(false)).Unmet());
            }
            catch (AccountNotFoundException)
            {
                // The account is already gone (deleted with an earlier attempt of this case): nothing left to do there.
            }
        }

        return unmet;
    }

    public async Task<UserDeletionOutcome> DeleteUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var deletion = await client.DeleteUserAsync(userId, idempotencyKey, cancellationToken).ConfigureAwait(false);
            return new UserDeletionOutcome(true, [.. deletion.DeletedAccounts.Select(a => a.Id)], deletion.RemovedMembers.Count, []);
        }
        catch (PrerequisitesUnmetException e)
        {
            return UserDeletionOutcome.Refused([.. e.Unmet.Select(CaseBlocker.From)]);
        }
    }

    public async Task<bool> HasLegalHoldAsync(string userId, CancellationToken cancellationToken) =>
        (await client.GetLegalHoldsAsync(userId, cancellationToken).ConfigureAwait(false)).Count > 0;

    public async Task<bool> PurgeUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            await client.PurgeUserAsync(userId, idempotencyKey, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (LegalHoldException)
        {
            return false;
        }
    }
}
