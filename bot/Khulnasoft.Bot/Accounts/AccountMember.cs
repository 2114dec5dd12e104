namespace Khulnasoft.Bot.Accounts;

/// <summary>A member of an account with roles (e.g. <c>Super Administrator</c>).</summary>
public sealed record AccountMember(string Id, MemberUser User, IReadOnlyList<string> Roles, string Status, bool IsPrimaryOwner);
