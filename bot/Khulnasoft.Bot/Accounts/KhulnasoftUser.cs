namespace Khulnasoft.Bot.Accounts;

/// <summary>A Khulnasoft user (<c>GET /users/{user_id}</c>).</summary>
public sealed record KhulnasoftUser(string Id, string Email, string Name, string Status, EntraIdentity? Entra);
