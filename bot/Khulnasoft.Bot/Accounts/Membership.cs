namespace Khulnasoft.Bot.Accounts;

/// <summary>One of a user's account memberships.</summary>
public sealed record Membership(string Id, AccountRef Account, IReadOnlyList<string> Roles, string Status, bool IsPrimaryOwner);
