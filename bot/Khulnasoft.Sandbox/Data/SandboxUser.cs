using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.Sandbox;

/// <summary>A user of the sandbox; <c>Status</c> is active, deleted or purged.</summary>
internal sealed class SandboxUser
{
    public required string Id { get; init; }

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public EntraIdentity? Entra { get; set; }

    public string Status { get; set; } = "active";
}
