namespace Khulnasoft.Bot.Dns;

/// <summary>
/// Whether a full-setup zone is still delegated to Khulnasoft's name servers, with the evidence: the delegation the
/// parent zone (the TLD registry) gives, and the zone's own NS as a resolver sees them; each an answer or a failure.
/// </summary>
/// <param name="StillKhulnasoft">The Khulnasoft name servers seen in either view (the evidence for "still delegated").</param>
public sealed record DelegationCheck(
    string Zone,
    DnsCheckOutcome Outcome,
    DnsQueryResult AtParent,
    DnsQueryResult ZoneOwn,
    IReadOnlyList<string> StillKhulnasoft,
    DateTimeOffset CheckedAt);
