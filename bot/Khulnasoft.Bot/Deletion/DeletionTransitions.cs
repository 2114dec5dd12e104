using System.Collections.Frozen;

namespace Khulnasoft.Bot.Deletion;

/// <summary>The one place that says which state changes a deletion case may make.</summary>
public static class DeletionTransitions
{
    private static readonly FrozenDictionary<DeletionCaseState, DeletionCaseState[]> Allowed = new Dictionary<DeletionCaseState, DeletionCaseState[]>
    {
        [DeletionCaseState.Requested] = [DeletionCaseState.AwaitingApproval, DeletionCaseState.Scheduled, DeletionCaseState.Cancelled],
        [DeletionCaseState.AwaitingApproval] = [DeletionCaseState.Approved, DeletionCaseState.Rejected, DeletionCaseState.Expired, DeletionCaseState.Cancelled],

        // Approval does not start the grace period: the user still confirms the exact scope (Approved → Scheduled).
        [DeletionCaseState.Approved] = [DeletionCaseState.Scheduled, DeletionCaseState.Cancelled],
        [DeletionCaseState.Rejected] = [],
        [DeletionCaseState.Expired] = [],
        [DeletionCaseState.Scheduled] = [DeletionCaseState.Deleting, DeletionCaseState.Cancelled, DeletionCaseState.Blocked, DeletionCaseState.Failed],

        // Deleting → Scheduled is the retry after a transient API failure (the job is scheduled again with backoff).
        [DeletionCaseState.Deleting] = [DeletionCaseState.Deleted, DeletionCaseState.Scheduled, DeletionCaseState.Blocked, DeletionCaseState.Failed],
        [DeletionCaseState.Deleted] = [DeletionCaseState.PurgeScheduled],
        [DeletionCaseState.PurgeScheduled] = [DeletionCaseState.PurgeBlocked, DeletionCaseState.Purged, DeletionCaseState.Failed],
        [DeletionCaseState.PurgeBlocked] = [DeletionCaseState.PurgeScheduled, DeletionCaseState.Purged, DeletionCaseState.Failed],
        [DeletionCaseState.Purged] = [],
        [DeletionCaseState.Cancelled] = [],

        // A failed or blocked deletion can be scheduled again by support (or a new confirmation); a failed purge
        // can only be retried as a purge: the account is already gone.
        [DeletionCaseState.Failed] = [DeletionCaseState.Scheduled, DeletionCaseState.PurgeScheduled, DeletionCaseState.Cancelled],
        [DeletionCaseState.Blocked] = [DeletionCaseState.Scheduled, DeletionCaseState.Cancelled],
    }.ToFrozenDictionary();

    public static bool IsAllowed(DeletionCaseState from, DeletionCaseState to) =>
        Allowed.TryGetValue(from, out var targets) && Array.IndexOf(targets, to) >= 0;

    /// <exception cref="InvalidDeletionTransitionException">The change is not allowed.</exception>
    public static void EnsureAllowed(DeletionCaseState from, DeletionCaseState to)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidDeletionTransitionException(from, to);
        }
    }

    /// <summary>States in which the case still needs work (the watchdog looks at these).</summary>
    public static bool IsOpen(DeletionCaseState state) =>
        state is not (DeletionCaseState.Purged or DeletionCaseState.Cancelled or DeletionCaseState.Failed or DeletionCaseState.Blocked
            or DeletionCaseState.Rejected or DeletionCaseState.Expired);

    /// <summary>States that end a case for good before anything was deleted (a new request opens a new case).</summary>
    public static bool IsClosedBeforeDeletion(DeletionCaseState state) =>
        state is DeletionCaseState.Cancelled or DeletionCaseState.Rejected or DeletionCaseState.Expired;

    /// <summary>States in which nothing has been deleted yet, so the user can still undo.</summary>
    public static bool CanUndo(DeletionCaseState state) =>
        state is DeletionCaseState.Requested or DeletionCaseState.AwaitingApproval or DeletionCaseState.Approved or DeletionCaseState.Scheduled
            or DeletionCaseState.Blocked;

    /// <summary>States after the account was deleted.</summary>
    public static bool IsDeleted(DeletionCaseState state) =>
        state is DeletionCaseState.Deleted or DeletionCaseState.PurgeScheduled or DeletionCaseState.PurgeBlocked or DeletionCaseState.Purged;
}
