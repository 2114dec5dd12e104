namespace Khulnasoft.Bot.Dns;

/// <summary>One hostname of a partial (CNAME) setup: its CNAME target(s) as DNS answers them, or the failure.</summary>
public sealed record HostnameCheck(string Hostname, DnsQueryResult Cname, bool PointsAtKhulnasoft);
