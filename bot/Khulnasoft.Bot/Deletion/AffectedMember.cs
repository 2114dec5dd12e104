namespace Khulnasoft.Bot.Deletion;

/// <summary>A member of an account a case deletes (not the user who asked): told when it is scheduled and when it runs.</summary>
public sealed record AffectedMember(string UserId, string AccountId, string AccountName);
