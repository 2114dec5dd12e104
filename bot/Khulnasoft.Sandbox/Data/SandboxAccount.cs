using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>An account of the sandbox with everything that hangs off it.</summary>
internal sealed class SandboxAccount
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Type { get; init; } = "standard";

    public DateTimeOffset CreatedOn { get; init; }

    public bool Deleted { get; set; }

    public List<SandboxMember> Members { get; init; } = [];

    public List<SsoConnector> SsoConnectors { get; init; } = [];

    public List<SandboxSubscription> Subscriptions { get; init; } = [];

    public List<SandboxRegistrarDomain> RegistrarDomains { get; init; } = [];

    public CustomerSuccessManager? CustomerSuccessManager { get; init; }

    public PaymentMethod? PaymentMethod { get; set; }

    public decimal Balance { get; init; }

    public string Currency { get; init; } = "USD";

    public List<Invoice> Invoices { get; init; } = [];
}
