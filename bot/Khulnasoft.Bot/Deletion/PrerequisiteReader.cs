using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Reads one account's <see cref="AccountPrerequisites"/> from the account API: its four reads in parallel, one round trip.</summary>
public sealed class PrerequisiteReader(KhulnasoftApiClient client)
{
    /// <exception cref="AccountNotFoundException">The account does not exist (any more).</exception>
    public async Task<AccountPrerequisites> ReadAsync(string accountId, CancellationToken cancellationToken)
    {
        var zones = client.GetZonesAsync(accountId, cancellationToken);
        var subscriptions = client.GetSubscriptionsAsync(accountId, cancellationToken);
        var registrar = client.GetRegistrarDomainsAsync(accountId, cancellationToken);
        var billing = client.GetBillingProfileAsync(accountId, cancellationToken);
        await Task.WhenAll(zones, subscriptions, registrar, billing).ConfigureAwait(false);
        return new AccountPrerequisites(
            accountId,
            await zones.ConfigureAwait(false),
            await subscriptions.ConfigureAwait(false),
            await registrar.ConfigureAwait(false),
            await billing.ConfigureAwait(false));
    }
}
