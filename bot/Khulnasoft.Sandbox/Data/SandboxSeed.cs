namespace Khulnasoft.Sandbox.Data;

/// <summary>The sandbox's seed file (seed.json) and, once loaded, its mutable in-memory state.</summary>
internal sealed class SandboxSeed
{
    public List<SandboxUser> Users { get; init; } = [];

    public List<SandboxAccount> Accounts { get; init; } = [];

    public List<SandboxZone> Zones { get; init; } = [];

    public List<SandboxLegalHold> LegalHolds { get; init; } = [];
}
