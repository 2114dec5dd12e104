namespace Khulnasoft.Bot.Accounts;

/// <summary>A Microsoft Entra identity (tenant and object id).</summary>
public sealed record EntraIdentity(string TenantId, string ObjectId);
