namespace Khulnasoft.Cards.Approval;

/// <summary>The decision that stands (the first one). <paramref name="DecidedBy"/> is null for an expiry.</summary>
public sealed record ApprovalDecision(ApprovalOutcome Outcome, string? DecidedBy, DateTimeOffset At, string? Reason = null);
