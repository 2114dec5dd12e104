namespace Khulnasoft.Cards.Status;

/// <summary>Where a deletion case stands. <paramref name="CanUndo"/> is true while the grace period runs.</summary>
public sealed record StatusCardInput(
    string CaseId,
    string State,
    DateTimeOffset? DeletionRunsAt,
    bool CanUndo,
    IReadOnlyList<StatusEvent> History);
