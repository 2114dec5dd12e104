namespace Khulnasoft.Sandbox.Data;

/// <summary>A legal hold in the sandbox.</summary>
internal sealed class SandboxLegalHold
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
