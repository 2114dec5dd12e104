using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// When a case is scheduled: the email to the user with the case, the date and the undo link, in the case's language
/// and time zone. Sent once (marked on the case); nothing is sent for a case that was undone before the job ran.
/// </summary>
public sealed partial class ScheduledNoticeJob(
    DeletionCaseStore store,
    NoticeMarks marks,
    UndoLinks undoLinks,
    IDeletionEmailSender email,
    ILogger<ScheduledNoticeJob> logger)
{
    public const string Marker = "scheduled:email";

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task SendAsync(string caseId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is not { State: DeletionCaseState.Scheduled, CanUndo: true, GraceUntil: { } runsAt, NotificationEmail: { } address }
            || current.NoticesSent.Contains(Marker))
        {
            return;
        }

        DeletionMessages.UseLanguageOf(current);
        await email.SendAsync(address, DeletionTexts.ScheduledSubject(caseId), DeletionTexts.ScheduledBody(caseId, runsAt, undoLinks.For(current)), cancellationToken)
            .ConfigureAwait(false);
        await marks.MarkAsync(caseId, DeletionActors.NotificationJob, Marker, cancellationToken).ConfigureAwait(false);
        LogSent(logger, caseId);
    }

    [LoggerMessage(EventId = 3060, Level = LogLevel.Information, Message = "Case {CaseId}: scheduled email with the undo link sent")]
    private static partial void LogSent(ILogger logger, string caseId);
}
