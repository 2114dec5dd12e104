namespace Khulnasoft.Sandbox.Data;

/// <summary>
/// A demo domain as DNS sees it now: the name servers the registrar delegates to, Khulnasoft's assigned name servers,
/// whether Khulnasoft still serves the zone, and (partial setups) the proxied hostnames and where they point.
/// </summary>
internal sealed record SandboxDnsZone(
    string Name,
    string Type,
    bool RemovedFromKhulnasoft,
    IReadOnlyList<string> KhulnasoftNameServers,
    IReadOnlyList<string> DelegatedTo,
    bool DnsRecordsMoved,
    IReadOnlyList<string> ProxiedHostnames,
    string? CnameTarget)
{
    public bool IsDelegatedToKhulnasoft => DelegatedTo.Intersect(KhulnasoftNameServers, StringComparer.OrdinalIgnoreCase).Any();
}
