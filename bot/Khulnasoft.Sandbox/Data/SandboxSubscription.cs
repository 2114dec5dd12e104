using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>A subscription of a sandbox account.</summary>
internal sealed class SandboxSubscription
{
    public required string Id { get; init; }

    public string State { get; set; } = "active";

    public required RatePlan RatePlan { get; init; }

    public string? ZoneId { get; init; }

    public decimal Price { get; init; }

    public string Currency { get; init; } = "USD";

    public string Frequency { get; init; } = "monthly";
}
