namespace Khulnasoft.Bot.Accounts;

/// <summary>The user behind an account member.</summary>
public sealed record MemberUser(string Id, string Email, string Name);
