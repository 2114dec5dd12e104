namespace Khulnasoft.Cards.Handoff;

/// <summary>The card a CSM or support agent gets when a user needs a human.</summary>
public sealed record HandoffRequestCardInput(
    string HandoffId,
    string? CaseId,
    string UserName,
    string CompanyName,
    HandoffReason Reason,
    DateTimeOffset RequestedAt,
    HandoffAcceptance? AcceptedBy = null);
