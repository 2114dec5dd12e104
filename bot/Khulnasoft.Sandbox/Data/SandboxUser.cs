using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>A user of the sandbox; <c>Status</c> is active, deleted or purged.</summary>
internal sealed class SandboxUser
{
    public required string Id { get; init; }

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public Entra? Entra { get; set; }

    public string Status { get; set; } = "active";
}
