using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Sandbox;

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
}
