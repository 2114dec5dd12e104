using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Purges a deleted user's personal data when <c>Purge:Delay</c> has passed. While a legal hold exists the case waits
/// (<see cref="LegalHoldWait"/>); when clear: purge with the case id as Idempotency-Key, then the signed erasure
/// receipt (<see cref="ErasureReceipts"/>). A transient API failure is retried or fails the case
/// (<see cref="RetryOrFailPolicy"/>). A run writes the case once.
/// </summary>
public sealed partial class PurgeJob(
    DeletionCaseStore store,
    CaseJobs jobs,
    RetryOrFailPolicy retries,
    IAccountDeletionApi api,
    LegalHoldWait holds,
    ErasureReceipts receipts,
    TimeProvider clock,
    ILogger<PurgeJob> logger)
{
    private const string Actor = DeletionActors.PurgeJob;

    [Queue(JobQueues.Purge)]
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(string caseId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is null || !LifecycleStage.Purge.RunsIn(current.State))
        {
            LogNothingToDo(logger, caseId, current?.State);
            return;
        }

        if (current.PurgeDueAt is { } due && due > clock.GetUtcNow())
        {
            LogEarly(logger, caseId);
            await jobs.ScheduleAsync(caseId, Actor, LifecycleJob.Purge, due,
                (c, jobId) => LifecycleStage.Purge.RunsIn(c.State) ? [CaseJobs.Scheduled(jobId, action: "job.rescheduled_early_run")] : null,
                cancellationToken).ConfigureAwait(false);
            return;
        }

        bool purged;
        try
        {
            purged = !await api.HasLegalHoldAsync(current.UserId, cancellationToken).ConfigureAwait(false)
                && await api.PurgeUserAsync(current.UserId, caseId, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountApiUnavailableException)
        {
            await retries.RetryOrFailAsync(current, LifecycleStage.Purge, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (purged)
        {
            await receipts.IssueAsync(caseId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await holds.WaitAsync(caseId, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Purge job for case {CaseId}: nothing to do in state {State}")]
    private static partial void LogNothingToDo(ILogger logger, string caseId, DeletionCaseState? state);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Purge job for case {CaseId} ran before the purge was due; not purging")]
    private static partial void LogEarly(ILogger logger, string caseId);
}
