using System.Globalization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Gives a case its next job, and is the one place that sets <see cref="DeletionCase.JobId"/>: the job is scheduled
/// first, then its id is written on the case in the same write as the change that needs it (a transition, a retry, a
/// reschedule); when the change declines because the case moved on meanwhile (cancelled, already further), the job
/// is deleted again, so no orphaned job is left behind.
/// </summary>
public sealed class CaseJobs(DeletionCaseStore store, DeletionJobQueue queue)
{
    /// <summary>
    /// Schedules <paramref name="job"/> for <paramref name="runAt"/> (now or in the past: enqueued at once) and applies
    /// <paramref name="change"/> with the job's id. The change returns the audit entries of what it did, or null when
    /// the case is no longer one this job is for; it may run more than once (after a write conflict).
    /// </summary>
    /// <returns>The case as stored (with the job when the change was made), or null when it does not exist.</returns>
    public async Task<DeletionCase?> ScheduleAsync(
        string caseId,
        string actor,
        LifecycleJob job,
        DateTimeOffset runAt,
        Func<DeletionCase, string, IReadOnlyList<CaseChange>?> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var jobId = queue.Schedule(job, caseId, runAt);
        DeletionCase? updated;
        try
        {
            updated = await store.UpdateAsync(caseId, actor, c =>
            {
                if (change(c, jobId) is not { Count: > 0 } changes)
                {
                    return null;
                }

                c.JobId = jobId;
                return changes;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Not recorded (storage down, a refused transition): the case keeps the job it had.
            queue.Delete(jobId);
            throw;
        }

        if (updated?.JobId != jobId)
        {
            queue.Delete(jobId);
        }

        return updated;
    }

    /// <summary>Removes the case's job if it has not run yet (undo); a running one re-reads the case and stops.</summary>
    public bool Remove(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return queue.Delete(deletionCase.JobId);
    }

    /// <summary>The audit entry of a scheduled job (<c>job.scheduled</c>, or another action for the same fact).</summary>
    public static CaseChange Scheduled(string jobId, DateTimeOffset? runAt = null, string action = "job.scheduled") =>
        new(action, runAt is { } at
            ? new Dictionary<string, string> { ["jobId"] = jobId, ["runAt"] = at.ToString("O", CultureInfo.InvariantCulture) }
            : new Dictionary<string, string> { ["jobId"] = jobId });
}
