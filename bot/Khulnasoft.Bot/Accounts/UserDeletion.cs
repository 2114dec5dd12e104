namespace Khulnasoft.Bot.Accounts;

/// <summary>The result of deleting a user.</summary>
public sealed record UserDeletion(string UserId, string Status, IReadOnlyList<AccountRef> DeletedAccounts, IReadOnlyList<RemovedMember> RemovedMembers, IReadOnlyList<AccountRef> LeftAccounts);
