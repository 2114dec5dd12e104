using DnsClient;

namespace Khulnasoft.Bot.Dns;

/// <summary>
/// For a partial (CNAME) setup: which of the given hostnames still CNAME to Khulnasoft's target (the target itself or
/// a name below it, e.g. <c>www.adashop.com.cdn.khulnasoft.net</c>)? Asked through the resolvers, without a cache.
/// </summary>
public sealed class CnameLookup(DnsResolver dns, TimeProvider clock, ILogger<CnameLookup> logger)
{
    public async Task<CnameCheck> CheckAsync(IReadOnlyCollection<string> hostnames, string cnameTarget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hostnames);
        ArgumentException.ThrowIfNullOrWhiteSpace(cnameTarget);
        var target = DnsNames.Normalize(cnameTarget);
        var checks = new List<HostnameCheck>();
        foreach (var hostname in hostnames.Select(DnsNames.Normalize).Distinct())
        {
            var cname = await dns.QueryAsync(hostname, QueryType.CNAME, cancellationToken).ConfigureAwait(false);
            checks.Add(new HostnameCheck(hostname, cname, cname.Values.Any(v => DnsNames.IsAtOrBelow(v, target))));
        }

        var outcome = checks.Any(c => c.PointsAtKhulnasoft) ? DnsCheckOutcome.StillAtKhulnasoft
            : checks.All(c => c.Cname.Succeeded) ? DnsCheckOutcome.MovedAway
            : DnsCheckOutcome.CouldNotCheck;
        DnsLog.CnameChecked(logger, checks.Count, outcome);
        return new CnameCheck(target, outcome, checks, clock.GetUtcNow());
    }
}
