namespace Khulnasoft.Sandbox.Data;

/// <summary>A registrar domain of a sandbox account.</summary>
internal sealed class SandboxRegistrarDomain
{
    public required string Name { get; init; }

    public bool AutoRenew { get; set; }

    public DateTimeOffset ExpiresAt { get; init; }
}
