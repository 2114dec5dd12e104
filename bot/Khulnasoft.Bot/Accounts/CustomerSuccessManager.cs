namespace Khulnasoft.Bot.Accounts;

/// <summary>An account's Customer Success Manager.</summary>
public sealed record CustomerSuccessManager(string Name, string Email, EntraIdentity? Entra);
