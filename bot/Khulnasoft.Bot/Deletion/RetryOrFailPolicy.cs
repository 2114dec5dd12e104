using System.Globalization;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The one answer of both lifecycle jobs to a transient account-API failure: the failed attempt is counted on the
/// case; before <c>Deletion:MaxAttempts</c> the stage's job runs again after an exponential backoff
/// (<see cref="RetryDelays"/>; scheduled and recorded in one write of the case), at the limit the case fails,
/// support is alerted and, for the deletion, the user is told.
/// </summary>
public sealed partial class RetryOrFailPolicy(
    DeletionCaseStore store,
    CaseJobs jobs,
    CaseMilestones milestones,
    IOptions<DeletionOptions> options,
    TimeProvider clock,
    ILogger<RetryOrFailPolicy> logger)
{
    /// <param name="current">The case as the job read it in this run (the job holds the case's lock, so its attempts are current).</param>
    /// <returns>The case as stored afterwards (null when it is gone).</returns>
    public async Task<DeletionCase?> RetryOrFailAsync(DeletionCase current, LifecycleStage stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(stage);
        var attempt = current.Attempts + 1;
        var settings = options.Value;
        var now = clock.GetUtcNow();
        bool IsThisAttempt(DeletionCase c) => stage.RunsIn(c.State) && c.Attempts + 1 == attempt;

        var applied = false;
        if (attempt >= settings.MaxAttempts)
        {
            var failed = await store.UpdateAsync(current.CaseId, stage.Actor, c =>
            {
                applied = IsThisAttempt(c);
                if (!applied)
                {
                    return null;
                }

                c.Attempts = attempt;
                c.TransitionTo(DeletionCaseState.Failed, now, stage.Actor, "account API unavailable");
                return new CaseChange($"{stage.Name}.failed", Details(attempt));
            }, cancellationToken).ConfigureAwait(false);
            if (applied && failed is not null)
            {
                if (stage.Job == LifecycleJob.Purge)
                {
                    LogPurgeFailed(logger, current.CaseId, attempt);
                }
                else
                {
                    LogDeletionFailed(logger, current.CaseId, attempt);
                }

                milestones.Failed(current.CaseId, stage, failed.History.Count);
            }

            return failed;
        }

        var delay = RetryDelays.For(attempt, settings.RetryBaseDelay);
        var retried = await jobs.ScheduleAsync(current.CaseId, stage.Actor, stage.Job, now + delay, (c, jobId) =>
        {
            applied = IsThisAttempt(c);
            if (!applied)
            {
                return null;
            }

            c.Attempts = attempt;
            if (stage.RetryState is { } back)
            {
                c.TransitionTo(back, now, stage.Actor, "retry after a transient API failure");
            }

            var details = Details(attempt);
            details["delaySeconds"] = ((long)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return [new CaseChange($"{stage.Name}.retry_scheduled", details), CaseJobs.Scheduled(jobId)];
        }, cancellationToken).ConfigureAwait(false);
        if (applied)
        {
            LogRetry(logger, current.CaseId, attempt, delay);
        }

        return retried;
    }

    private static Dictionary<string, string> Details(int attempt) => new() { ["attempt"] = attempt.ToString(CultureInfo.InvariantCulture) };

    // The event ids and texts the deletion and purge jobs logged before they shared this policy (alerts key on them).
    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "Case {CaseId}: account API unavailable, attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string caseId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Error, Message = "Case {CaseId}: deletion failed after {Attempts} attempts")]
    private static partial void LogDeletionFailed(ILogger logger, string caseId, int attempts);

    [LoggerMessage(EventId = 3025, Level = LogLevel.Error, Message = "Case {CaseId}: purge failed after {Attempts} attempts")]
    private static partial void LogPurgeFailed(ILogger logger, string caseId, int attempts);
}
