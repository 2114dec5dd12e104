using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;
using Khulnasoft.Bot.Runtime.Hosting;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <c>Deletion:ReminderBefore</c> before the grace period ends: a reminder in the conversation where the user confirmed
/// (proactive) and by email, with the undo link. Does nothing when the case was undone (or is no longer waiting out its
/// grace period); each channel is sent once. Both speak the case's language and time zone.
/// </summary>
public sealed partial class DeletionReminderJob(
    DeletionCaseStore store,
    NoticeMarks marks,
    UndoLinks undoLinks,
    ProactiveSender chat,
    IDeletionEmailSender email,
    TimeProvider clock,
    ILogger<DeletionReminderJob> logger)
{
    public const string ChatMarker = "reminder:chat";

    public const string EmailMarker = "reminder:email";

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task RunAsync(string caseId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is not { State: DeletionCaseState.Scheduled, CanUndo: true, GraceUntil: { } runsAt } || runsAt <= clock.GetUtcNow())
        {
            LogSkipped(logger, caseId, current?.State);
            return;
        }

        DeletionMessages.UseLanguageOf(current);
        if (current.Conversation is { } reference && !current.NoticesSent.Contains(ChatMarker))
        {
            await chat.SendAsync(reference, DeletionTexts.ReminderChat(caseId, runsAt), cancellationToken).ConfigureAwait(false);
            await marks.MarkAsync(caseId, DeletionActors.NotificationJob, ChatMarker, cancellationToken).ConfigureAwait(false);
            LogSent(logger, caseId, "chat");
        }

        if (current.NotificationEmail is { } address && !current.NoticesSent.Contains(EmailMarker))
        {
            await email.SendAsync(address, DeletionTexts.ReminderSubject(caseId), DeletionTexts.ReminderBody(caseId, runsAt, undoLinks.For(current)), cancellationToken)
                .ConfigureAwait(false);
            await marks.MarkAsync(caseId, DeletionActors.NotificationJob, EmailMarker, cancellationToken).ConfigureAwait(false);
            LogSent(logger, caseId, "email");
        }
    }

    [LoggerMessage(EventId = 3061, Level = LogLevel.Information, Message = "Case {CaseId}: reminder sent by {Channel}")]
    private static partial void LogSent(ILogger logger, string caseId, string channel);

    [LoggerMessage(EventId = 3062, Level = LogLevel.Information, Message = "Case {CaseId}: no reminder, the case is {State} (none: missing)")]
    private static partial void LogSkipped(ILogger logger, string caseId, DeletionCaseState? state);
}
