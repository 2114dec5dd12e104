namespace Khulnasoft.Bot.Accounts;

/// <summary>The result of purging a user's personal data.</summary>
public sealed record UserPurge(string UserId, string Status, DateTimeOffset PurgedAt);
