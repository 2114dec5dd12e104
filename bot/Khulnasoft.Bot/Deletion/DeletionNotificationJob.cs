using System.Globalization;
using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;
using Khulnasoft.Bot.Receipts;
using Khulnasoft.Bot.Runtime.Hosting;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Tells the user about their case: proactively in the conversation where they confirmed (stored reference) and by
/// email. Each channel is marked sent on the case (per notice and case version), so a rerun does not repeat it.
/// After the receipt went out, the case forgets the reference and the email.
/// </summary>
public sealed partial class DeletionNotificationJob(
    DeletionCaseStore store,
    NoticeMarks marks,
    ProactiveSender chat,
    IDeletionEmailSender email,
    ReceiptVerifyLink verifyLink,
    ILogger<DeletionNotificationJob> logger)
{
    private const string Actor = DeletionActors.NotificationJob;

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task SendAsync(string caseId, DeletionNotice notice, int version, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return;
        }

        DeletionMessages.UseLanguageOf(current);
        var (subject, body) = DeletionMessages.For(notice, current, verifyLink.Url);
        var marker = string.Create(CultureInfo.InvariantCulture, $"{notice}@{version}");

        if (current.Conversation is { } reference && !current.NoticesSent.Contains(marker + ":chat"))
        {
            // A paused case's notice carries its status card: what blocks it, and the button that resumes it.
            var message = notice == DeletionNotice.Blocked
                ? CaseStatusCards.Message(current, CaseStatusCards.HostOf(reference), body)
                : Runtime.Schema.Activity.CreateMessageActivity(body);
            await chat.SendAsync(reference, message, cancellationToken).ConfigureAwait(false);
            await MarkAsync(caseId, marker + ":chat", cancellationToken).ConfigureAwait(false);
            LogSent(logger, caseId, notice, "chat");
        }

        if (current.NotificationEmail is { } address && !current.NoticesSent.Contains(marker + ":email"))
        {
            await email.SendAsync(address, subject, body, cancellationToken).ConfigureAwait(false);
            await MarkAsync(caseId, marker + ":email", cancellationToken).ConfigureAwait(false);
            LogSent(logger, caseId, notice, "email");
        }

        if (notice == DeletionNotice.Purged)
        {
            await store.UpdateAsync(caseId, Actor, c =>
            {
                if (c.Conversation is null && c.NotificationEmail is null)
                {
                    return null;
                }

                c.Conversation = null;
                c.NotificationEmail = null;
                return new CaseChange("contact.erased");
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task MarkAsync(string caseId, string marker, CancellationToken cancellationToken) => marks.MarkAsync(caseId, Actor, marker, cancellationToken);

    [LoggerMessage(EventId = 3031, Level = LogLevel.Information, Message = "Case {CaseId}: notice {Notice} sent by {Channel}")]
    private static partial void LogSent(ILogger logger, string caseId, DeletionNotice notice, string channel);
}
