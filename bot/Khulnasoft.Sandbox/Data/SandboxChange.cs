namespace Khulnasoft.Sandbox.Data;

/// <summary>One change the sandbox made to its data through the API or the dashboard (not part of the production API):
/// what (<c>cancel_subscription</c>, <c>remove_zone</c>, <c>disable_auto_renew</c>, <c>enable_auto_renew</c>,
/// <c>delete_payment_method</c>), to which resource, with which <c>Idempotency-Key</c> (null from the dashboard), when.</summary>
internal sealed record SandboxChange(string Operation, string ResourceId, string? IdempotencyKey, DateTimeOffset At);
