namespace Khulnasoft.Bot.Accounts;

/// <summary>A short reference to a zone.</summary>
public sealed record ZoneRef(string Id, string Name);
