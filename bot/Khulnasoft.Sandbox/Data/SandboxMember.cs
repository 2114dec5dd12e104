namespace Khulnasoft.Sandbox.Data;

/// <summary>A member of a sandbox account.</summary>
internal sealed class SandboxMember
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public List<string> Roles { get; init; } = [];

    public string Status { get; set; } = "accepted";

    public bool IsPrimaryOwner { get; init; }
}
