namespace Khulnasoft.Bot.Dns;

/// <summary>Which hostnames of a partial (CNAME) setup still CNAME to Khulnasoft's target, with the evidence.</summary>
public sealed record CnameCheck(string CnameTarget, DnsCheckOutcome Outcome, IReadOnlyList<HostnameCheck> Hostnames, DateTimeOffset CheckedAt)
{
    /// <summary>The hostnames that still point at Khulnasoft.</summary>
    public IReadOnlyList<string> StillPointing => [.. Hostnames.Where(h => h.PointsAtKhulnasoft).Select(h => h.Hostname)];
}
