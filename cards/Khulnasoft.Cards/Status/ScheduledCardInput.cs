namespace Khulnasoft.Cards.Status;

/// <summary>The receipt once the deletion is scheduled.</summary>
public sealed record ScheduledCardInput(string CaseId, DateTimeOffset DeletionRunsAt, DateTimeOffset PersonalDataPurgedBy);
