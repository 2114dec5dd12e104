namespace Khulnasoft.Bot.Accounts;

/// <summary>A member removed from an account deleted with its primary owner.</summary>
public sealed record RemovedMember(string AccountId, string UserId);
