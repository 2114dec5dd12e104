using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>A zone of the sandbox. <c>RegistrarNameServers</c> is what the registrar currently delegates to.</summary>
internal sealed class SandboxZone
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required string Name { get; init; }

    public string Status { get; set; } = "active";

    public string Type { get; init; } = "full";

    public List<string> NameServers { get; init; } = [];

    public List<string> OriginalNameServers { get; init; } = [];

    public string? OriginalRegistrar { get; init; }

    public List<string> RegistrarNameServers { get; set; } = [];

    public bool? DnsRecordsMoved { get; set; }

    /// <summary>Partial (CNAME) setups: the hostnames proxied through Khulnasoft.</summary>
    public List<string> ProxiedHostnames { get; init; } = [];

    /// <summary>Partial (CNAME) setups: each proxied hostname is a CNAME to <c>{hostname}.{CnameTarget}</c>.</summary>
    public string? CnameTarget { get; init; }

    /// <summary>
    /// The records Khulnasoft holds for the zone, as the customer entered them. The DNS server (Dns/) answers the same
    /// names: a proxied record with Khulnasoft's edge while the zone goes through Khulnasoft, otherwise its content.
    /// </summary>
    public List<DnsRecord> DnsRecords { get; init; } = [];
}
