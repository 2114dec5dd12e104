using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Sends deletion notices through the mail feature (SMTP; the sandbox mailbox in sandbox mode).</summary>
public sealed class MailDeletionEmailSender(IMailSender mail) : IDeletionEmailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        mail.SendAsync(new OutgoingMail(to, subject, body), cancellationToken);
}
