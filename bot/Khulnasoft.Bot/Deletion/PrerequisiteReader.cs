using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Dns;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Reads one account's <see cref="AccountPrerequisites"/>: its four account API reads in parallel (one round trip),
/// and, as soon as the zones are known, the DNS safety guard's lookup of each zone (<see cref="ZoneDnsGuard"/>).
/// </summary>
public sealed class PrerequisiteReader(KhulnasoftApiClient client, ZoneDnsGuard dns)
{
    /// <exception cref="AccountNotFoundException">The account does not exist (any more).</exception>
    public async Task<AccountPrerequisites> ReadAsync(string accountId, CancellationToken cancellationToken)
    {
        var zones = client.GetZonesAsync(accountId, cancellationToken);
        var dnsChecks = CheckDnsAsync(zones, cancellationToken);
        var subscriptions = client.GetSubscriptionsAsync(accountId, cancellationToken);
        var registrar = client.GetRegistrarDomainsAsync(accountId, cancellationToken);
        var billing = client.GetBillingProfileAsync(accountId, cancellationToken);
        await Task.WhenAll(zones, dnsChecks, subscriptions, registrar, billing).ConfigureAwait(false);
        return new AccountPrerequisites(
            accountId,
            await zones.ConfigureAwait(false),
            await subscriptions.ConfigureAwait(false),
            await registrar.ConfigureAwait(false),
            await billing.ConfigureAwait(false),
            await dnsChecks.ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<ZoneDnsCheck>> CheckDnsAsync(Task<IReadOnlyList<Zone>> zones, CancellationToken cancellationToken)
    {
        var all = await zones.ConfigureAwait(false);
        return await Task.WhenAll(all.Select(z => dns.CheckAsync(z, cancellationToken))).ConfigureAwait(false);
    }
}
