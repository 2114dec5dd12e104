using System.Globalization;
using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;
using Khulnasoft.Bot.Receipts;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Purges a deleted user's personal data when <c>Purge:Delay</c> has passed. While a legal hold exists the case is
/// purge_blocked and re-checked every <c>Purge:LegalHoldRecheckInterval</c>; the user only hears that some data is
/// kept for legal obligations. When clear: purge with the case id as Idempotency-Key, then a signed erasure receipt.
/// </summary>
public sealed partial class PurgeJob(
    DeletionCaseStore store,
    DeletionJobQueue queue,
    IAccountDeletionApi api,
    ReceiptSigner signer,
    IOptions<DeletionOptions> deletionOptions,
    IOptions<PurgeOptions> purgeOptions,
    DeletionMetrics metrics,
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
        if (current is not { State: DeletionCaseState.PurgeScheduled or DeletionCaseState.PurgeBlocked })
        {
            LogNothingToDo(logger, caseId, current?.State);
            return;
        }

        if (current.PurgeDueAt is { } due && due > clock.GetUtcNow())
        {
            LogEarly(logger, caseId);
            var jobId = queue.SchedulePurge(caseId, due);
            await store.UpdateAsync(caseId, Actor, c =>
            {
                c.JobId = jobId;
                return new CaseChange("job.rescheduled_early_run", new Dictionary<string, string> { ["jobId"] = jobId });
            }, cancellationToken).ConfigureAwait(false);
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
            await RetryOrFailAsync(caseId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!purged)
        {
            await HoldAsync(caseId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var done = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State is not (DeletionCaseState.PurgeScheduled or DeletionCaseState.PurgeBlocked))
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var receipt = signer.Sign(new ErasureReceipt(
                "rcpt_" + c.CaseId[4..], c.CaseId, c.UserId, c.DeletedAccountIds, c.RemovedMemberCount,
                c.CreatedAt, c.DeletedAt ?? now, now, now, signer.Issuer));
            c.TransitionTo(DeletionCaseState.Purged, now, Actor);
            c.PurgedAt = now;
            c.Receipt = receipt;
            c.Attempts = 0;
            return new CaseChange("purge.succeeded", new Dictionary<string, string> { ["receiptId"] = receipt.Receipt.ReceiptId, ["keyId"] = signer.KeyId });
        }, cancellationToken).ConfigureAwait(false);

        if (done is { State: DeletionCaseState.Purged })
        {
            metrics.Purged();
            LogPurged(logger, caseId);
            queue.EnqueueNotice(caseId, DeletionNotice.Purged, done.History.Count);
        }
    }

    private async Task HoldAsync(string caseId, CancellationToken cancellationToken)
    {
        var recheckAt = clock.GetUtcNow() + purgeOptions.Value.LegalHoldRecheckInterval;
        var firstBlock = false;
        var held = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State == DeletionCaseState.PurgeScheduled)
            {
                c.TransitionTo(DeletionCaseState.PurgeBlocked, clock.GetUtcNow(), Actor, "legal hold");
                firstBlock = true;
                return new CaseChange("purge.blocked");
            }

            firstBlock = false;
            return c.State == DeletionCaseState.PurgeBlocked ? new CaseChange("purge.still_blocked") : null;
        }, cancellationToken).ConfigureAwait(false);

        if (held is not { State: DeletionCaseState.PurgeBlocked })
        {
            return;
        }

        LogHeld(logger, caseId, recheckAt);
        var jobId = queue.SchedulePurge(caseId, recheckAt);
        await store.UpdateAsync(caseId, Actor, c =>
        {
            c.JobId = jobId;
            return new CaseChange("job.scheduled", new Dictionary<string, string> { ["jobId"] = jobId, ["runAt"] = recheckAt.ToString("O", CultureInfo.InvariantCulture) });
        }, cancellationToken).ConfigureAwait(false);

        if (firstBlock)
        {
            queue.EnqueueNotice(caseId, DeletionNotice.PurgeBlocked, held.History.Count);
        }
    }

    private async Task RetryOrFailAsync(string caseId, CancellationToken cancellationToken)
    {
        var options = deletionOptions.Value;
        TimeSpan? delay = null;
        var updated = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State is not (DeletionCaseState.PurgeScheduled or DeletionCaseState.PurgeBlocked))
            {
                return null;
            }

            c.Attempts++;
            if (c.Attempts >= options.MaxAttempts)
            {
                delay = null;
                c.TransitionTo(DeletionCaseState.Failed, clock.GetUtcNow(), Actor, "account API unavailable");
                return new CaseChange("purge.failed", new Dictionary<string, string> { ["attempt"] = c.Attempts.ToString(CultureInfo.InvariantCulture) });
            }

            delay = RetryDelays.For(c.Attempts, options.RetryBaseDelay);
            return new CaseChange("purge.retry_scheduled", new Dictionary<string, string> { ["attempt"] = c.Attempts.ToString(CultureInfo.InvariantCulture) });
        }, cancellationToken).ConfigureAwait(false);

        if (updated is { State: DeletionCaseState.Failed })
        {
            metrics.Failed("purge");
            LogFailed(logger, caseId, updated.Attempts);
            queue.EnqueueSupportAlert(caseId, "purge");
        }
        else if (updated is not null && delay is { } wait)
        {
            var jobId = queue.SchedulePurge(caseId, clock.GetUtcNow() + wait);
            await store.UpdateAsync(caseId, Actor, c =>
            {
                c.JobId = jobId;
                return new CaseChange("job.scheduled", new Dictionary<string, string> { ["jobId"] = jobId });
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Purge job for case {CaseId}: nothing to do in state {State}")]
    private static partial void LogNothingToDo(ILogger logger, string caseId, DeletionCaseState? state);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Purge job for case {CaseId} ran before the purge was due; not purging")]
    private static partial void LogEarly(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Information, Message = "Case {CaseId}: purge held by a legal hold; re-checking at {RecheckAt}")]
    private static partial void LogHeld(ILogger logger, string caseId, DateTimeOffset recheckAt);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Information, Message = "Case {CaseId}: personal data purged, receipt issued")]
    private static partial void LogPurged(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3025, Level = LogLevel.Error, Message = "Case {CaseId}: purge failed after {Attempts} attempts")]
    private static partial void LogFailed(ILogger logger, string caseId, int attempts);
}
