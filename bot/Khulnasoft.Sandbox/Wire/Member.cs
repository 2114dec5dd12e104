namespace Khulnasoft.Sandbox.Wire;

/// <summary>member: <c>id</c>, <c>user</c> {id, email, name}, <c>roles</c>, <c>status</c>, <c>is_primary_owner</c>.</summary>
internal sealed record Member(string Id, MemberUser User, IReadOnlyList<string> Roles, string Status, bool IsPrimaryOwner);
