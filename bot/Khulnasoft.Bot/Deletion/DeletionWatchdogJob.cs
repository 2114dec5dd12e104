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
        string? jobId = null;
        switch (current.State)
        {
            case DeletionCaseState.Scheduled:
                var due = current.GraceUntil ?? now;
                if (!pending || now > due + settings.OverdueAfter)
                {
                    jobId = queue.ScheduleDeletion(current.CaseId, due);
                }

                break;
            case DeletionCaseState.Deleting when !pending:
            case DeletionCaseState.Deleted when !pending:
                jobId = queue.ScheduleDeletion(current.CaseId, now);
                break;
            case DeletionCaseState.PurgeScheduled or DeletionCaseState.PurgeBlocked:
                var purgeDue = current.PurgeDueAt ?? now;
                if (!pending || (current.State == DeletionCaseState.PurgeScheduled && now > purgeDue + settings.OverdueAfter))
                {
                    jobId = queue.SchedulePurge(current.CaseId, purgeDue);
                }

                break;
            default:
                break;
        }

        if (jobId is null)
        {
            return;
        }

        metrics.Rescheduled(current.State.ToString());
        LogRescheduled(logger, current.CaseId, current.State, pending);
        await store.UpdateAsync(current.CaseId, DeletionActors.Watchdog, c =>
        {
            c.JobId = jobId;
            return new CaseChange("watchdog.rescheduled", new Dictionary<string, string>
            {
                ["jobId"] = jobId,
                ["state"] = c.State.ToString(),
                ["previousJobPending"] = pending.ToString(CultureInfo.InvariantCulture),
            });
        }, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3051, Level = LogLevel.Warning, Message = "Watchdog: case {CaseId} in state {State} had no pending job (or was overdue; pending {WasPending}); scheduled again")]
    private static partial void LogRescheduled(ILogger logger, string caseId, DeletionCaseState state, bool wasPending);

    [LoggerMessage(EventId = 3053, Level = LogLevel.Warning, Message = "Watchdog: case {CaseId} in state {State} is nearing the response limit ({Limit})")]
    private static partial void LogNearLimit(ILogger logger, string caseId, DeletionCaseState state, DateTimeOffset limit);
}
