using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Confirmation;

/// <summary>The final confirmation: exact scope, when the deletion runs (end of the grace period), when personal data
/// is purged, the step-up method, and the approval when the admin route was taken.</summary>
public sealed record ConfirmationCardInput(
    string CardId,
    string CaseId,
    DeletionScope Scope,
    DateTimeOffset DeletionRunsAt,
    DateTimeOffset PersonalDataPurgedBy,
    StepUpMethod StepUp,
    string? ApprovedBy = null);
