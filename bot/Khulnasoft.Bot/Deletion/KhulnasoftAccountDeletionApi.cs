using Khulnasoft.Bot.Accounts;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <see cref="IAccountDeletionApi"/> over the account API client (typed HttpClient with its own short retries and
/// circuit breaker). Prerequisites are read live per account, the way the delete endpoint checks them.
/// </summary>
public sealed class KhulnasoftAccountDeletionApi(KhulnasoftApiClient client) : IAccountDeletionApi
{
    public async Task<IReadOnlyList<string>> FindUnmetPrerequisitesAsync(string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var unmet = new List<string>();
        foreach (var accountId in accountIds)
        {
            try
            {
                foreach (var subscription in await client.GetSubscriptionsAsync(accountId, cancellationToken).ConfigureAwait(false))
                {
                    // The API's own rule: an active paid subscription or add-on blocks; Free plans never do.
                    if (subscription.State == "active" && subscription.RatePlan.Id != "free")
                    {
                        unmet.Add($"Cancel the subscription {subscription.RatePlan.PublicName}" + (subscription.Zone is { } zone ? $" on {ChatText.Code(zone.Name)}" : ""));
                    }
                }

                foreach (var zone in (await client.GetZonesAsync(accountId, cancellationToken).ConfigureAwait(false)).Where(z => z.Status != "deleted"))
                {
                    unmet.Add($"Remove the domain {ChatText.Code(zone.Name)} from the account");
                }

                foreach (var domain in await client.GetRegistrarDomainsAsync(accountId, cancellationToken).ConfigureAwait(false))
                {
                    if (domain.AutoRenew)
                    {
                        unmet.Add($"Turn off auto-renew for {ChatText.Code(domain.Name)}");
                    }
                }

                if ((await client.GetBillingProfileAsync(accountId, cancellationToken).ConfigureAwait(false)).PaymentMethod is not null)
                {
                    unmet.Add("Delete the payment method on file");
                }
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
            return UserDeletionOutcome.Refused([.. e.Unmet.Select(u => u.Message)]);
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
