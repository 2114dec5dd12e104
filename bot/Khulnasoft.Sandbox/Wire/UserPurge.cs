namespace Khulnasoft.Sandbox.Wire;

/// <summary>The result of <c>POST /users/{user_id}/purge</c>.</summary>
internal sealed record UserPurge(string UserId, string Status, DateTimeOffset PurgedAt);
