namespace Khulnasoft.Bot.Accounts;

/// <summary>An account; <c>Type</c> is <c>standard</c> or <c>enterprise</c>.</summary>
public sealed record KhulnasoftAccount(string Id, string Name, string Type, DateTimeOffset CreatedOn);
