namespace Khulnasoft.Sandbox.Wire;

/// <summary>registrar domain: <c>name</c>, <c>auto_renew</c>, <c>expires_at</c>.</summary>
internal sealed record RegistrarDomain(string Name, bool AutoRenew, DateTimeOffset ExpiresAt);
