namespace Khulnasoft.Sandbox.Wire;

/// <summary>A Microsoft Entra identity: <c>{ "tenant_id", "object_id" }</c>.</summary>
internal sealed record Entra(string TenantId, string ObjectId);
