namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Resumes a paused (blocked) case for the user who owns it or for an operator: first the prerequisites are read
/// again, live, from the account API; only when nothing blocks the deletion any more does the case go back to
/// <see cref="DeletionCaseState.Scheduled"/> (<see cref="DeletionScheduler.ResumeAsync"/>: one write of the case, its
/// job and the <c>case.resumed</c> audit entry with who resumed it). A refused resume changes nothing.
/// </summary>
public sealed partial class CaseResumer(DeletionScheduler scheduler, IAccountDeletionApi api, ILogger<CaseResumer> logger)
{
    public async Task<ResumeResult> ResumeAsync(string caseId, string actor, CancellationToken cancellationToken)
    {
        if (await scheduler.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return new ResumeResult(ResumeOutcome.NotFound, null, []);
        }

        if (current.State != DeletionCaseState.Blocked)
        {
            return new ResumeResult(ResumeOutcome.NotBlocked, current, []);
        }

        var unmet = await api.FindUnmetPrerequisitesAsync(current.UserId, current.AccountIds, cancellationToken).ConfigureAwait(false);
        if (unmet.Count > 0)
        {
            LogStillBlocked(logger, caseId, unmet.Count);
            return new ResumeResult(ResumeOutcome.StillBlocked, current, unmet);
        }

        try
        {
            var resumed = await scheduler.ResumeAsync(caseId, actor, cancellationToken).ConfigureAwait(false);
            LogResumed(logger, caseId, actor);
            return new ResumeResult(resumed is null ? ResumeOutcome.NotFound : ResumeOutcome.Resumed, resumed, []);
        }
        catch (InvalidDeletionTransitionException)
        {
            // The case moved on between the read and the write (a second click, an operator): it stands as it is.
            return new ResumeResult(ResumeOutcome.NotBlocked, await scheduler.GetAsync(caseId, cancellationToken).ConfigureAwait(false), []);
        }
    }

    [LoggerMessage(EventId = 3080, Level = LogLevel.Information, Message = "Case {CaseId} resumed by {Actor}")]
    private static partial void LogResumed(ILogger logger, string caseId, string actor);

    [LoggerMessage(EventId = 3081, Level = LogLevel.Information, Message = "Case {CaseId} not resumed: {UnmetCount} prerequisites still unmet")]
    private static partial void LogStillBlocked(ILogger logger, string caseId, int unmetCount);
}
