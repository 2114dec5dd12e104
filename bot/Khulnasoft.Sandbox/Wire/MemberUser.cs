namespace Khulnasoft.Sandbox.Wire;

/// <summary>The <c>user</c> of a member: <c>{ "id", "email", "name" }</c>.</summary>
internal sealed record MemberUser(string Id, string Email, string Name);
