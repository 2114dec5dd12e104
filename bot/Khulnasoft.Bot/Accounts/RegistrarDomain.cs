namespace Khulnasoft.Bot.Accounts;

/// <summary>A domain registered with Khulnasoft Registrar.</summary>
public sealed record RegistrarDomain(string Name, bool AutoRenew, DateTimeOffset ExpiresAt);
