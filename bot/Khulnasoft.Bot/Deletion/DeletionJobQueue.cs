using Hangfire;
using Hangfire.States;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Puts deletion-feature jobs into Hangfire. Arguments are ids and enum values only: Hangfire stores them and shows
/// them on its dashboard, so an email or a name must never be one.
/// </summary>
public sealed class DeletionJobQueue(IBackgroundJobClient jobs, JobStorage storage, TimeProvider clock)
{
    private static readonly string[] PendingStates = [ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    /// <summary>Schedules the case's <paramref name="job"/> (enqueued at once when <paramref name="at"/> is not in the future); record it with <see cref="CaseJobs"/>.</summary>
    public string Schedule(LifecycleJob job, string caseId, DateTimeOffset at) => job switch
    {
        LifecycleJob.Deletion => ScheduleDeletion(caseId, at),
        LifecycleJob.Purge => SchedulePurge(caseId, at),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "Unknown lifecycle job."),
    };

    public string ScheduleDeletion(string caseId, DateTimeOffset at) =>
        At(at) is { } when
            ? jobs.Schedule<DeletionJob>(job => job.RunAsync(caseId, CancellationToken.None), when)
            : jobs.Enqueue<DeletionJob>(job => job.RunAsync(caseId, CancellationToken.None));

    public string SchedulePurge(string caseId, DateTimeOffset at) =>
        At(at) is { } when
            ? jobs.Schedule<PurgeJob>(job => job.RunAsync(caseId, CancellationToken.None), when)
            : jobs.Enqueue<PurgeJob>(job => job.RunAsync(caseId, CancellationToken.None));

    public string EnqueueNotice(string caseId, DeletionNotice notice, int version) =>
        jobs.Enqueue<DeletionNotificationJob>(job => job.SendAsync(caseId, notice, version, CancellationToken.None));

    public string EnqueueScheduledNotice(string caseId) =>
        jobs.Enqueue<ScheduledNoticeJob>(job => job.SendAsync(caseId, CancellationToken.None));

    public string EnqueueMemberNotice(string caseId, MemberNotice notice) =>
        jobs.Enqueue<MemberNoticeJob>(job => job.SendAsync(caseId, notice, CancellationToken.None));

    /// <summary>The reminder, due at <paramref name="at"/> (enqueued at once when that is not in the future).</summary>
    public string ScheduleReminder(string caseId, DateTimeOffset at) =>
        At(at) is { } when
            ? jobs.Schedule<DeletionReminderJob>(job => job.RunAsync(caseId, CancellationToken.None), when)
            : jobs.Enqueue<DeletionReminderJob>(job => job.RunAsync(caseId, CancellationToken.None));

    public string EnqueueSupportAlert(string caseId, string phase) =>
        jobs.Enqueue<SupportAlertJob>(job => job.RaiseAsync(caseId, phase, CancellationToken.None));

    /// <summary>Removes a job that has not run yet; a running one is marked deleted and re-reads the case anyway.</summary>
    public bool Delete(string? jobId) => jobId is not null && jobs.Delete(jobId);

    /// <summary>True when the job exists and will still run (scheduled, enqueued, processing, awaiting).</summary>
    public bool IsPending(string? jobId)
    {
        if (jobId is null)
        {
            return false;
        }

        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        return data?.State is { } state && PendingStates.Contains(state);
    }

    // Hangfire keeps schedule times in whole seconds (truncated), so a job could start just before its due time;
    // rounding up keeps "not before the grace period ends" true.
    private DateTimeOffset? At(DateTimeOffset at)
    {
        var rounded = new DateTimeOffset((at.UtcTicks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return rounded > clock.GetUtcNow() ? rounded : null;
    }
}
