namespace Khulnasoft.Sandbox.Wire;

/// <summary>membership: <c>id</c>, <c>account</c> {id, name}, <c>roles</c>, <c>status</c>, <c>is_primary_owner</c>.</summary>
internal sealed record Membership(string Id, IdName Account, IReadOnlyList<string> Roles, string Status, bool IsPrimaryOwner);
