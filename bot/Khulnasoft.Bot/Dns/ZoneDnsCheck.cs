namespace Khulnasoft.Bot.Dns;

/// <summary>
/// What DNS says about one zone of an account: for a full setup whether it is still delegated to Khulnasoft's name
/// servers, for a partial (CNAME) setup which proxied hostnames still CNAME to Khulnasoft. When the lookup failed
/// (<see cref="DnsCheckOutcome.CouldNotCheck"/>) the item stays open: the account API's field
/// (<see cref="ApiSaysPointing"/>) is shown, but a failed lookup never reports the item done.
/// </summary>
/// <param name="Zone">The zone's name.</param>
/// <param name="PartialSetup">A CNAME setup (hostnames) rather than a full setup (delegation).</param>
/// <param name="Pointing">What still points at Khulnasoft: its name servers (full) or hostnames (partial).</param>
/// <param name="SeenElsewhere">What DNS answered when nothing points at Khulnasoft: the zone's name servers (full) or the hostnames (partial).</param>
/// <param name="Failure">Why the lookup failed, when it did.</param>
/// <param name="ApiSaysPointing">The account API's view: registrar and Khulnasoft name servers overlap, or the DNS records are not marked moved.</param>
public sealed record ZoneDnsCheck(
    string Zone,
    bool PartialSetup,
    DnsCheckOutcome Outcome,
    IReadOnlyList<string> Pointing,
    IReadOnlyList<string> SeenElsewhere,
    string? Failure,
    bool ApiSaysPointing,
    DateTimeOffset CheckedAt)
{
    /// <summary>Whether the item stays open: unless DNS answered that nothing points at Khulnasoft any more.</summary>
    public bool StillAtKhulnasoft => Outcome != DnsCheckOutcome.MovedAway;
}
