namespace Khulnasoft.Cards.Status;

/// <summary>Where a deletion case stands. <paramref name="CanUndo"/> is true while the grace period runs.</summary>
/// <param name="Deadline">When the request was received and must be answered by (and an extension's reason), if known.</param>
/// <param name="Blocking">What pauses a blocked case (the user must do these first); empty otherwise.</param>
public sealed record StatusCardInput(
    string CaseId,
    string State,
    DateTimeOffset? DeletionRunsAt,
    bool CanUndo,
    IReadOnlyList<StatusEvent> History,
    ResponseDeadline? Deadline = null,
    IReadOnlyList<string>? Blocking = null);
