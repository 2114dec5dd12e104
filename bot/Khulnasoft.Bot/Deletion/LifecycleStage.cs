namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// One job-driven stage of a case (the deletion, the purge) as the shared lifecycle rules see it: its name in audit
/// entries, metrics and alerts, who acts, its job, the states its job works in, where a retry puts the case, and
/// whether the user is told when it fails.
/// </summary>
public sealed record LifecycleStage(
    string Name,
    string Actor,
    LifecycleJob Job,
    IReadOnlyList<DeletionCaseState> States,
    DeletionCaseState? RetryState,
    DeletionNotice? FailureNotice)
{
    /// <summary>
    /// The account deletion: runs in <see cref="DeletionCaseState.Deleting"/>; a retry goes back to
    /// <see cref="DeletionCaseState.Scheduled"/> (still not undoable: the delete was called); a failure is told to the user.
    /// </summary>
    public static LifecycleStage Deletion { get; } = new(
        "deletion", DeletionActors.DeletionJob, LifecycleJob.Deletion, [DeletionCaseState.Deleting], DeletionCaseState.Scheduled, DeletionNotice.Failed);

    /// <summary>The purge of personal data, after the account is gone; a failure goes to support only.</summary>
    public static LifecycleStage Purge { get; } = new(
        "purge", DeletionActors.PurgeJob, LifecycleJob.Purge, [DeletionCaseState.PurgeScheduled, DeletionCaseState.PurgeBlocked], null, null);

    public bool RunsIn(DeletionCaseState state) => States.Contains(state);
}
