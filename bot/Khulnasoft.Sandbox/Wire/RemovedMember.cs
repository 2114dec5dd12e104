namespace Khulnasoft.Sandbox.Wire;

/// <summary>An entry of <c>removed_members</c>: <c>{ "account_id", "user_id" }</c>.</summary>
internal sealed record RemovedMember(string AccountId, string UserId);
