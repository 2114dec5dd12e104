using System.Globalization;
using Hangfire;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.BackgroundJobs;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Deletes the user's account when the grace period ends. Hangfire runs a job at least once (and two servers may
/// race), so: one run per case at a time (distributed lock), the case's state decides what is left to do, the
/// delete uses the case id as its Idempotency-Key, and a case already deleted is never deleted again. A run writes
/// the case twice: "deleting" before the API is called (from then on undo is refused), then its outcome — deleted
/// with the purge scheduled, blocked, or the retry (<see cref="RetryOrFailPolicy"/>).
/// </summary>
public sealed partial class DeletionJob(
    DeletionCaseStore store,
    CaseJobs jobs,
    RetryOrFailPolicy retries,
    IAccountDeletionApi api,
    IOptions<PurgeOptions> purgeOptions,
    CaseMilestones milestones,
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
            // Deleted but the purge not scheduled (a case from before both were one write): schedule it now.
            await SchedulePurgeAsync(current, cancellationToken).ConfigureAwait(false);
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
            await jobs.ScheduleAsync(caseId, Actor, LifecycleJob.Deletion, graceUntil,
                (c, jobId) => c.State == DeletionCaseState.Scheduled ? [CaseJobs.Scheduled(jobId, action: "job.rescheduled_early_run")] : null,
                cancellationToken).ConfigureAwait(false);
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
            await retries.RetryOrFailAsync(started, LifecycleStage.Deletion, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!outcome.Deleted)
        {
            await BlockAsync(caseId, outcome.Blockers, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RecordDeletedAsync(caseId, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deleted, and the purge scheduled: one write (two transitions, two audit entries).</summary>
    private async Task RecordDeletedAsync(string caseId, UserDeletionOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purgeDue = now + purgeOptions.Value.Delay;
        var applied = false;
        var deleted = await jobs.ScheduleAsync(caseId, Actor, LifecycleJob.Purge, purgeDue, (c, jobId) =>
        {
            applied = c.State == DeletionCaseState.Deleting;
            if (!applied)
            {
                return null;
            }

            c.TransitionTo(DeletionCaseState.Deleted, now, Actor);
            c.DeletedAt = now;
            c.PurgeDueAt = purgeDue;
            c.DeletedAccountIds = outcome.DeletedAccountIds;
            c.RemovedMemberCount = outcome.RemovedMemberCount;
            c.Attempts = 0;
            c.ClearBlockers();
            c.TransitionTo(DeletionCaseState.PurgeScheduled, now, Actor);
            return
            [
                new CaseChange("deletion.succeeded", new Dictionary<string, string>
                {
                    ["deletedAccounts"] = string.Join(',', outcome.DeletedAccountIds),
                    ["removedMembers"] = outcome.RemovedMemberCount.ToString(CultureInfo.InvariantCulture),
                }),
                CaseJobs.Scheduled(jobId, purgeDue, "purge.scheduled"),
            ];
        }, cancellationToken).ConfigureAwait(false);

        if (applied && deleted is not null)
        {
            milestones.Deleted(caseId, deleted.History.Count);
            LogDeleted(logger, caseId);
        }
    }

    private Task SchedulePurgeAsync(DeletionCase current, CancellationToken cancellationToken) =>
        current.PurgeDueAt is not { } due
            ? Task.CompletedTask
            : jobs.ScheduleAsync(current.CaseId, Actor, LifecycleJob.Purge, due, (c, jobId) =>
            {
                if (c.State != DeletionCaseState.Deleted)
                {
                    return null;
                }

                c.TransitionTo(DeletionCaseState.PurgeScheduled, clock.GetUtcNow(), Actor);
                return [CaseJobs.Scheduled(jobId, due, "purge.scheduled")];
            }, cancellationToken);

    private async Task BlockAsync(string caseId, IReadOnlyList<CaseBlocker> unmet, CancellationToken cancellationToken)
    {
        var blocked = await store.UpdateAsync(caseId, Actor, c =>
        {
            if (c.State != DeletionCaseState.Deleting)
            {
                return null;
            }

            c.TransitionTo(DeletionCaseState.Blocked, clock.GetUtcNow(), Actor, "prerequisites reappeared");
            c.Blockers = unmet;
            c.LegacyUnmetPrerequisites = [];

            // Refused before anything was deleted (the API checks before it deletes): undo is possible again.
            c.DeleteCalled = false;
            return new CaseChange("deletion.blocked", new Dictionary<string, string>
            {
                ["unmet"] = unmet.Count.ToString(CultureInfo.InvariantCulture),
                ["codes"] = CaseBlocker.Codes(unmet),
            });
        }, cancellationToken).ConfigureAwait(false);

        if (blocked is { State: DeletionCaseState.Blocked })
        {
            LogBlocked(logger, caseId, unmet.Count);
            milestones.Blocked(caseId, blocked.History.Count);
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
}
