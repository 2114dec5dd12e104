using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Approvals;

/// <summary>The approval mails: the request (and its reminder) to an approver without Teams, and the decision to the requester.</summary>
public sealed partial class ApprovalMail(IMailSender mail, ApprovalLinks links, ILogger<ApprovalMail> logger)
{
    public Task<bool> AskAsync(ApprovalRecord record, ApproverEntry approver, bool reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(approver);
        return SendAsync(new OutgoingMail(approver.Email, ApprovalTexts.ApproverSubject(record), ApprovalTexts.ApproverMail(record, approver.Name, links.OpenBot(), reminder)), cancellationToken);
    }

    public Task<bool> NotifyRequesterAsync(ApprovalRecord record, string notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.IsNullOrWhiteSpace(record.RequesterEmail)
            ? Task.FromResult(false)
            : SendAsync(new OutgoingMail(record.RequesterEmail, ApprovalTexts.RequesterSubject(record), ApprovalTexts.RequesterMail(record, notice, links.OpenBot())), cancellationToken);
    }

    private async Task<bool> SendAsync(OutgoingMail message, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (MailDeliveryException e)
        {
            // The SMTP server's error text may quote the address: log the failure's type only.
            LogMailFailed(logger, e.InnerException?.GetType().Name ?? e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 6521, Level = LogLevel.Warning, Message = "An approval mail could not be delivered ({Failure})")]
    private static partial void LogMailFailed(ILogger logger, string failure);
}
