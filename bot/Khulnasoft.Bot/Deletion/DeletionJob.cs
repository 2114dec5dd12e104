using System.Globalization;
using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Deletes the user's account when the grace period ends. Hangfire runs a job at least once (and two servers may
/// race), so: one run per case at a time (distributed lock), the case's state decides what is left to do, the
/// delete uses the case id as its Idempotency-Key, and a case already deleted is never deleted again.
/// </summary>
public sealed partial class DeletionJob(
    DeletionCaseStore store,
    DeletionJobQueue queue,
    IAccountDeletionApi api,
    IOptions<DeletionOptions> deletionOptions,
    IOptions<PurgeOptions> purgeOptions,
    DeletionMetrics metrics,
    TimeProvider clock,
    ILogger<DeletionJob> logger)
{
    private const string Actor = DeletionActors.DeletionJob;

    [Queue(JobQueues.Deletion)]
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(string caseId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            LogMissing(logger, caseId);
            return;
        }

        if (current.State == DeletionCaseState.Deleted)
        {
            await SchedulePurgeAsync(caseId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (current.State is not (DeletionCaseState.Scheduled or DeletionCaseState.Deleting))
        {
            LogNothingToDo(logger, caseId, current.State);
            return;
        }

        if (current is { State: DeletionCaseState.Scheduled, GraceUntil: { } graceUntil } && graceUntil > clock.GetUtcNow())
        {
            // Ran early (an operator's "trigger now" on the dashboard, or a stray duplicate): keep the promise.
            LogEarly(logger, caseId);
            await RescheduleAsync(caseId, graceUntil, cancellationToken).ConfigureAwait(false);
            return;
        }

        var started = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State == DeletionCaseState.Scheduled)
            {
                c.TransitionTo(DeletionCaseState.Deleting, clock.GetUtcNow(), Actor);
                c.DeleteCalled = true;
                return new CaseChange("deletion.started", Attempt(c.Attempts + 1));
            }

            return c.State == DeletionCaseState.Deleting ? new CaseChange("deletion.resumed", Attempt(c.Attempts + 1)) : null;
        }, cancellationToken).ConfigureAwait(false);

        if (started is not { State: DeletionCaseState.Deleting })
        {
            // Cancelled (undo) between the read and here: stop before touching anything.
            LogNothingToDo(logger, caseId, started?.State ?? DeletionCaseState.Cancelled);
            return;
        }

        UserDeletionOutcome outcome;
        try
        {
            var unmet = await api.FindUnmetPrerequisitesAsync(started.UserId, started.AccountIds, cancellationToken).ConfigureAwait(false);
            outcome = unmet.Count > 0
                ? UserDeletionOutcome.Refused(unmet)
                : await api.DeleteUserAsync(started.UserId, caseId, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountApiUnavailableException)
        {
            await RetryOrFailAsync(caseId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!outcome.Deleted)
        {
            await BlockAsync(caseId, outcome.UnmetPrerequisites, cancellationToken).ConfigureAwait(false);
            return;
        }

        var deleted = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Deleting)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            c.TransitionTo(DeletionCaseState.Deleted, now, Actor);
            c.DeletedAt = now;
            c.PurgeDueAt = now + purgeOptions.Value.Delay;
            c.DeletedAccountIds = outcome.DeletedAccountIds;
            c.RemovedMemberCount = outcome.RemovedMemberCount;
            c.Attempts = 0;
            c.UnmetPrerequisites = [];
            return new CaseChange("deletion.succeeded", new Dictionary<string, string>
            {
                ["deletedAccounts"] = string.Join(',', outcome.DeletedAccountIds),
                ["removedMembers"] = outcome.RemovedMemberCount.ToString(CultureInfo.InvariantCulture),
            });
        }, cancellationToken).ConfigureAwait(false);

        if (deleted is { State: DeletionCaseState.Deleted })
        {
            metrics.Deleted();
            LogDeleted(logger, caseId);
            queue.EnqueueNotice(caseId, DeletionNotice.Deleted, deleted.History.Count);
        }

        await SchedulePurgeAsync(caseId, cancellationToken).ConfigureAwait(false);
    }

    private async Task RescheduleAsync(string caseId, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var jobId = queue.ScheduleDeletion(caseId, due);
        var updated = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Scheduled)
            {
                return null;
            }

            c.JobId = jobId;
            return new CaseChange("job.rescheduled_early_run", new Dictionary<string, string> { ["jobId"] = jobId });
        }, cancellationToken).ConfigureAwait(false);
        if (updated?.JobId != jobId)
        {
            queue.Delete(jobId);
        }
    }

    private async Task SchedulePurgeAsync(string caseId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is not { State: DeletionCaseState.Deleted, PurgeDueAt: { } due })
        {
            return;
        }

        var jobId = queue.SchedulePurge(caseId, due);
        var updated = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Deleted)
            {
                return null;
            }

            c.TransitionTo(DeletionCaseState.PurgeScheduled, clock.GetUtcNow(), Actor);
            c.JobId = jobId;
            return new CaseChange("purge.scheduled", new Dictionary<string, string> { ["jobId"] = jobId, ["runAt"] = due.ToString("O", CultureInfo.InvariantCulture) });
        }, cancellationToken).ConfigureAwait(false);

        if (updated?.JobId != jobId)
        {
            queue.Delete(jobId);
        }
    }

    private async Task BlockAsync(string caseId, IReadOnlyList<string> unmet, CancellationToken cancellationToken)
    {
        var blocked = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Deleting)
            {
                return null;
            }

            c.TransitionTo(DeletionCaseState.Blocked, clock.GetUtcNow(), Actor, "prerequisites reappeared");
            c.UnmetPrerequisites = unmet;

            // Refused before anything was deleted (the API checks before it deletes): undo is possible again.
            c.DeleteCalled = false;
            return new CaseChange("deletion.blocked", new Dictionary<string, string> { ["unmet"] = unmet.Count.ToString(CultureInfo.InvariantCulture) });
        }, cancellationToken).ConfigureAwait(false);

        if (blocked is { State: DeletionCaseState.Blocked })
        {
            LogBlocked(logger, caseId, unmet.Count);
            queue.EnqueueNotice(caseId, DeletionNotice.Blocked, blocked.History.Count);
        }
    }

    private async Task RetryOrFailAsync(string caseId, CancellationToken cancellationToken)
    {
        var options = deletionOptions.Value;
        TimeSpan? delay = null;
        var updated = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Deleting)
            {
                return null;
            }

            c.Attempts++;
            var now = clock.GetUtcNow();
            if (c.Attempts >= options.MaxAttempts)
            {
                c.TransitionTo(DeletionCaseState.Failed, now, Actor, "account API unavailable");
                delay = null;
                return new CaseChange("deletion.failed", Attempt(c.Attempts));
            }

            delay = RetryDelays.For(c.Attempts, options.RetryBaseDelay);
            c.TransitionTo(DeletionCaseState.Scheduled, now, Actor, "retry after a transient API failure");
            return new CaseChange("deletion.retry_scheduled", new Dictionary<string, string>
            {
                ["attempt"] = c.Attempts.ToString(CultureInfo.InvariantCulture),
                ["delaySeconds"] = ((long)delay.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            });
        }, cancellationToken).ConfigureAwait(false);

        if (updated is { State: DeletionCaseState.Failed })
        {
            metrics.Failed("deletion");
            LogFailed(logger, caseId, updated.Attempts);
            queue.EnqueueSupportAlert(caseId, "deletion");
            queue.EnqueueNotice(caseId, DeletionNotice.Failed, updated.History.Count);
        }
        else if (updated is { State: DeletionCaseState.Scheduled } && delay is { } wait)
        {
            LogRetry(logger, caseId, updated.Attempts, wait);
            var jobId = queue.ScheduleDeletion(caseId, clock.GetUtcNow() + wait);
            await store.UpdateAsync(caseId, Actor, c =>
            {
                c.JobId = jobId;
                return new CaseChange("job.scheduled", new Dictionary<string, string> { ["jobId"] = jobId });
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, string> Attempt(int attempt) => new() { ["attempt"] = attempt.ToString(CultureInfo.InvariantCulture) };

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Deletion job for unknown case {CaseId}")]
    private static partial void LogMissing(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Deletion job for case {CaseId}: nothing to do in state {State}")]
    private static partial void LogNothingToDo(ILogger logger, string caseId, DeletionCaseState state);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Deletion job for case {CaseId} ran before the grace period ended; not deleting")]
    private static partial void LogEarly(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Case {CaseId}: user deleted")]
    private static partial void LogDeleted(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "Case {CaseId}: blocked by {UnmetCount} unmet prerequisites")]
    private static partial void LogBlocked(ILogger logger, string caseId, int unmetCount);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "Case {CaseId}: account API unavailable, attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string caseId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Error, Message = "Case {CaseId}: deletion failed after {Attempts} attempts")]
    private static partial void LogFailed(ILogger logger, string caseId, int attempts);
}
