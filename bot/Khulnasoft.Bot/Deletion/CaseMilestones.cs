using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What a case reaching a milestone sets off, in one place: its metric, the user's (and the members') notices, the reminder (the notification job sends
/// it by chat and email; <paramref name="version"/> arguments keep a rerun from repeating it) and, for a failure, the
/// support alert. Call it once the milestone's write has landed.
/// </summary>
public sealed class CaseMilestones(DeletionJobQueue queue, DeletionMetrics metrics, IOptions<DeletionOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The grace period started: the user's email with the undo link, the members' notices, and the reminder
    /// <c>Deletion:ReminderBefore</c> before <paramref name="graceUntil"/> (none when that moment has already passed).
    /// </summary>
    public void Scheduled(string caseId, DateTimeOffset graceUntil)
    {
        queue.EnqueueScheduledNotice(caseId);
        queue.EnqueueMemberNotice(caseId, MemberNotice.Scheduled);
        var remindAt = graceUntil - options.Value.ReminderBefore;
        if (remindAt > clock.GetUtcNow())
        {
            queue.ScheduleReminder(caseId, remindAt);
        }
    }

    /// <summary>The case was undone or cancelled: the members who were told it was scheduled hear that it is off.</summary>
    public void Cancelled(string caseId) => queue.EnqueueMemberNotice(caseId, MemberNotice.Undone);

    public void Deleted(string caseId, int version)
    {
        metrics.Deleted();
        queue.EnqueueNotice(caseId, DeletionNotice.Deleted, version);
        queue.EnqueueMemberNotice(caseId, MemberNotice.Deleted);
    }

    public void Blocked(string caseId, int version) => queue.EnqueueNotice(caseId, DeletionNotice.Blocked, version);

    public void PurgeBlocked(string caseId, int version) => queue.EnqueueNotice(caseId, DeletionNotice.PurgeBlocked, version);

    public void Purged(string caseId, int version)
    {
        metrics.Purged();
        queue.EnqueueNotice(caseId, DeletionNotice.Purged, version);
    }

    /// <summary>The stage gave up after its bounded retries: support must finish it, and the user hears of it when the stage says so.</summary>
    public void Failed(string caseId, LifecycleStage stage, int version)
    {
        ArgumentNullException.ThrowIfNull(stage);
        metrics.Failed(stage.Name);
        queue.EnqueueSupportAlert(caseId, stage.Name);
        if (stage.FailureNotice is { } notice)
        {
            queue.EnqueueNotice(caseId, notice, version);
        }
    }
}
