namespace Khulnasoft.Bot.Accounts;

/// <summary>A legal hold on a user; <c>Reason</c> is abuse_investigation or litigation (staff only).</summary>
public sealed record LegalHold(string Id, string Reason, DateTimeOffset CreatedAt);
