using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Dns;

/// <summary>
/// The DNS safety guard: looks up, in DNS, whether a zone of the account API still goes through Khulnasoft, so that
/// nobody removes a zone (and with it their site) while the domain still depends on it. Full setups: the delegation
/// (<see cref="DelegationLookup"/>, against the zone's <c>name_servers</c>); partial setups: the proxied hostnames'
/// CNAMEs (<see cref="CnameLookup"/>, against <c>cname_target</c>).
/// </summary>
public sealed class ZoneDnsGuard(DelegationLookup delegation, CnameLookup cname)
{
    public async Task<ZoneDnsCheck> CheckAsync(Zone zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsPartial(zone))
        {
            var apiPointing = zone.DnsRecordsMoved != true;
            var hostnames = zone.ProxiedHostnames ?? [];
            if (hostnames.Count == 0 || string.IsNullOrWhiteSpace(zone.CnameTarget))
            {
                return new ZoneDnsCheck(zone.Name, true, DnsCheckOutcome.CouldNotCheck, [], [], DnsTexts.NoHostnames, apiPointing, default);
            }

            var check = await cname.CheckAsync(hostnames, zone.CnameTarget, cancellationToken).ConfigureAwait(false);
            var failure = check.Hostnames.Select(h => h.Cname.Failure).FirstOrDefault(f => f is not null);
            return new ZoneDnsCheck(zone.Name, true, check.Outcome, check.StillPointing, [.. check.Hostnames.Select(h => h.Hostname)],
                failure, apiPointing, check.CheckedAt);
        }

        var apiDelegated = zone.RegistrarNameServers.Intersect(zone.NameServers, StringComparer.OrdinalIgnoreCase).Any();
        var delegated = await delegation.CheckAsync(zone.Name, zone.NameServers, cancellationToken).ConfigureAwait(false);
        var seen = delegated.AtParent.Succeeded ? delegated.AtParent.Values : delegated.ZoneOwn.Values;
        return new ZoneDnsCheck(zone.Name, false, delegated.Outcome, delegated.StillKhulnasoft, seen,
            delegated.AtParent.Failure ?? delegated.ZoneOwn.Failure, apiDelegated, delegated.CheckedAt);
    }

    /// <summary>A partial (CNAME) setup.</summary>
    public static bool IsPartial(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Type == "partial";
    }
}
