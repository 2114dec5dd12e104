namespace Khulnasoft.Bot.Accounts;

/// <summary>The <c>result</c> of a 409 answer to <c>DELETE /users/{user_id}</c>.</summary>
public sealed record PrerequisitesResult(IReadOnlyList<UnmetPrerequisite> UnmetPrerequisites);
