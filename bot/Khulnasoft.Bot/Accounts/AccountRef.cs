namespace Khulnasoft.Bot.Accounts;

/// <summary>A short reference to an account.</summary>
public sealed record AccountRef(string Id, string Name);
