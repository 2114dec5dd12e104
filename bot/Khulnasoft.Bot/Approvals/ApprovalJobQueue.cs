using Hangfire;

namespace Khulnasoft.Bot.Approvals;

/// <summary>Puts approval jobs into Hangfire (queue <c>notifications</c>). Arguments are case ids only.</summary>
public sealed class ApprovalJobQueue(IBackgroundJobClient jobs, TimeProvider clock)
{
    public string ScheduleReminder(string caseId, DateTimeOffset at) =>
        jobs.Schedule<ApprovalJobs>(job => job.RemindAsync(caseId, CancellationToken.None), RoundUp(at));

    public string ScheduleExpiry(string caseId, DateTimeOffset at) =>
        jobs.Schedule<ApprovalJobs>(job => job.ExpireAsync(caseId, CancellationToken.None), RoundUp(at));

    /// <summary>After a decision: replace every approver's card and tell the requester.</summary>
    public string EnqueueFollowUp(string caseId) =>
        jobs.Enqueue<ApprovalJobs>(job => job.FollowUpAsync(caseId, CancellationToken.None));

    /// <summary>Deletes the decided request once its retention is over.</summary>
    public string ScheduleForget(string caseId, DateTimeOffset at) =>
        jobs.Schedule<ApprovalJobs>(job => job.ForgetAsync(caseId, CancellationToken.None), RoundUp(at));

    public bool Delete(string? jobId) => jobId is not null && jobs.Delete(jobId);

    // Hangfire keeps schedule times in whole seconds (truncated), so a job could start just before its due time;
    // rounding up keeps "not before the reminder/expiry is due" true.
    private DateTimeOffset RoundUp(DateTimeOffset at)
    {
        var rounded = new DateTimeOffset((at.UtcTicks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return rounded > now ? rounded : now;
    }
}
