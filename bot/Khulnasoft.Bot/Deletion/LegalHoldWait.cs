using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// A purge the account API refused because of a legal hold: the case is purge_blocked and the purge job checks again
/// every <c>Purge:LegalHoldRecheckInterval</c> (the check scheduled and recorded in one write). The user is told once,
/// only that some data is kept for legal obligations, never the reason.
/// </summary>
public sealed partial class LegalHoldWait(CaseJobs jobs, IOptions<PurgeOptions> options, CaseMilestones milestones, TimeProvider clock, ILogger<LegalHoldWait> logger)
{
    private const string Actor = DeletionActors.PurgeJob;

    public async Task WaitAsync(string caseId, CancellationToken cancellationToken)
    {
        var recheckAt = clock.GetUtcNow() + options.Value.LegalHoldRecheckInterval;
        var firstBlock = false;
        var held = await jobs.ScheduleAsync(caseId, Actor, LifecycleJob.Purge, recheckAt, (c, jobId) =>
        {
            firstBlock = c.State == DeletionCaseState.PurgeScheduled;
            if (firstBlock)
            {
                c.TransitionTo(DeletionCaseState.PurgeBlocked, clock.GetUtcNow(), Actor, "legal hold");
                return [new CaseChange("purge.blocked"), CaseJobs.Scheduled(jobId, recheckAt)];
            }

            return c.State == DeletionCaseState.PurgeBlocked ? [new CaseChange("purge.still_blocked"), CaseJobs.Scheduled(jobId, recheckAt)] : null;
        }, cancellationToken).ConfigureAwait(false);

        if (held is not { State: DeletionCaseState.PurgeBlocked })
        {
            return;
        }

        LogHeld(logger, caseId, recheckAt);
        if (firstBlock)
        {
            milestones.PurgeBlocked(caseId, held.History.Count);
        }
    }

    [LoggerMessage(EventId = 3023, EventName = "LogHeld", Level = LogLevel.Information, Message = "Case {CaseId}: purge held by a legal hold; re-checking at {RecheckAt}")]
    private static partial void LogHeld(ILogger logger, string caseId, DateTimeOffset recheckAt);
}
