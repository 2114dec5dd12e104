namespace Khulnasoft.Sandbox.Wire;

/// <summary>The result of <c>DELETE /users/{user_id}</c>.</summary>
internal sealed record UserDeletion(string UserId, string Status, IReadOnlyList<IdName> DeletedAccounts, IReadOnlyList<RemovedMember> RemovedMembers, IReadOnlyList<IdName> LeftAccounts);
