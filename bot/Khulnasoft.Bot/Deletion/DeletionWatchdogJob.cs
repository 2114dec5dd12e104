using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Recurring (<c>deletion-watchdog</c>): for every open case, makes sure a job will move it on — re-scheduling when
/// the job went missing (lost in-memory job storage, a deleted job) or is overdue — and flags cases nearing the
/// one-month response limit (log 3053 and the <c>khulnasoft.deletion.watchdog.near_response_limit</c> metric).
/// </summary>
public sealed partial class DeletionWatchdogJob(
    DeletionCaseStore store,
    DeletionJobQueue queue,
    CaseJobs jobs,
    IOptions<DeletionOptions> options,
    DeletionMetrics metrics,
    TimeProvider clock,
    ILogger<DeletionWatchdogJob> logger)
{
    public const string RecurringJobId = "deletion-watchdog";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var closed = new List<string>();
        foreach (var caseId in await store.ListOpenCaseIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
            if (current is null || !DeletionTransitions.IsOpen(current.State))
            {
                closed.Add(caseId);
                continue;
            }

            await CheckAsync(current, cancellationToken).ConfigureAwait(false);
        }

        await store.PruneOpenCasesAsync(closed, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckAsync(DeletionCase current, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (!DeletionTransitions.IsDeleted(current.State) && now >= current.CreatedAt + settings.ResponseLimit - settings.ResponseWarning)
        {
            metrics.NearResponseLimit();
            LogNearLimit(logger, current.CaseId, current.State, current.CreatedAt + settings.ResponseLimit);
        }

        var pending = queue.IsPending(current.JobId);
        (LifecycleJob Job, DateTimeOffset At)? next = current.State switch
        {
            DeletionCaseState.Scheduled when !pending || now > (current.GraceUntil ?? now) + settings.OverdueAfter =>
                (LifecycleJob.Deletion, current.GraceUntil ?? now),
            DeletionCaseState.Deleting or DeletionCaseState.Deleted when !pending => (LifecycleJob.Deletion, now),
            DeletionCaseState.PurgeScheduled when !pending || now > (current.PurgeDueAt ?? now) + settings.OverdueAfter =>
                (LifecycleJob.Purge, current.PurgeDueAt ?? now),
            DeletionCaseState.PurgeBlocked when !pending => (LifecycleJob.Purge, current.PurgeDueAt ?? now),
            _ => null,
        };
        if (next is not { } job)
        {
            return;
        }

        metrics.Rescheduled(current.State.ToString());
        LogRescheduled(logger, current.CaseId, current.State, pending);

        // Recorded only while the case is still where the watchdog saw it; otherwise the new job is deleted again.
        await jobs.ScheduleAsync(current.CaseId, DeletionActors.Watchdog, job.Job, job.At, (c, jobId) => c.State != current.State ? null :
        [
            new CaseChange("watchdog.rescheduled", new Dictionary<string, string>
            {
                ["jobId"] = jobId,
                ["state"] = c.State.ToString(),
                ["previousJobPending"] = pending.ToString(CultureInfo.InvariantCulture),
            }),
        ], cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3051, Level = LogLevel.Warning, Message = "Watchdog: case {CaseId} in state {State} had no pending job (or was overdue; pending {WasPending}); scheduled again")]
    private static partial void LogRescheduled(ILogger logger, string caseId, DeletionCaseState state, bool wasPending);

    [LoggerMessage(EventId = 3053, Level = LogLevel.Warning, Message = "Watchdog: case {CaseId} in state {State} is nearing the response limit ({Limit})")]
    private static partial void LogNearLimit(ILogger logger, string caseId, DeletionCaseState state, DateTimeOffset limit);
}
