using System.Net;
using DnsClient;

namespace Khulnasoft.Bot.Dns;

/// <summary>
/// For a full setup: is the zone still delegated to Khulnasoft's name servers? Asks the parent zone's name servers
/// (as a resolver walking down from the TLD does) and the zone's own NS through the resolvers, and keeps both as
/// evidence. Still delegated when either view names one of Khulnasoft's name servers; moved away only when both
/// views answered and neither does.
/// </summary>
public sealed class DelegationLookup(DnsResolver dns, TimeProvider clock, ILogger<DelegationLookup> logger)
{
    /// <summary>The parent's servers (and their addresses) tried before the parent view counts as failed.</summary>
    private const int MaxParentServers = 3;

    public async Task<DelegationCheck> CheckAsync(string zone, IReadOnlyCollection<string> khulnasoftNameServers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zone);
        ArgumentNullException.ThrowIfNull(khulnasoftNameServers);
        var name = DnsNames.Normalize(zone);
        var atParent = await AtParentAsync(name, cancellationToken).ConfigureAwait(false);
        var own = await dns.QueryAsync(name, QueryType.NS, cancellationToken).ConfigureAwait(false);
        var khulnasoft = khulnasoftNameServers.Select(DnsNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var still = atParent.Values.Concat(own.Values).Where(khulnasoft.Contains).Distinct().ToList();
        var outcome = still.Count > 0 ? DnsCheckOutcome.StillAtKhulnasoft
            : atParent.Succeeded && own.Succeeded ? DnsCheckOutcome.MovedAway
            : DnsCheckOutcome.CouldNotCheck;
        DnsLog.DelegationChecked(logger, name, outcome);
        return new DelegationCheck(name, outcome, atParent, own, still, clock.GetUtcNow());
    }

    /// <summary>The NS the parent zone's name servers give for <paramref name="zone"/> (their referral).</summary>
    private async Task<DnsQueryResult> AtParentAsync(string zone, CancellationToken cancellationToken)
    {
        var parent = DnsNames.Parent(zone);
        var parentServers = DnsQueryResult.Answer([]);
        while (parent is not null && parentServers.Values.Count == 0)
        {
            parentServers = await dns.QueryAsync(parent, QueryType.NS, cancellationToken).ConfigureAwait(false);
            if (!parentServers.Succeeded)
            {
                return parentServers;
            }

            parent = parentServers.Values.Count == 0 ? DnsNames.Parent(parent) : parent;
        }

        var failure = parentServers.Values.Count == 0 ? "no parent zone with name servers" : "the parent's name servers have no address";
        var tried = 0;
        foreach (var server in parentServers.Values)
        {
            var addresses = await dns.QueryAsync(server, QueryType.A, cancellationToken).ConfigureAwait(false);
            foreach (var address in addresses.Values.Select(IPAddress.Parse))
            {
                var delegation = await dns.QueryWithoutRecursionAsync(address, zone, QueryType.NS, cancellationToken).ConfigureAwait(false);
                if (delegation.Succeeded)
                {
                    return delegation;
                }

                failure = delegation.Failure!;
                if (++tried >= MaxParentServers)
                {
                    return DnsQueryResult.Failed(failure);
                }
            }

            failure = addresses.Failure ?? failure;
        }

        return DnsQueryResult.Failed(failure);
    }
}
