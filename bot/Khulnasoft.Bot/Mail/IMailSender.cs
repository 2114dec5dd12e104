namespace Khulnasoft.Bot.Mail;

/// <summary>Sends mail. The real implementation speaks SMTP (MailKit); in sandbox mode to the embedded SMTP server.</summary>
public interface IMailSender
{
    /// <exception cref="MailDeliveryException">The SMTP server could not be reached or refused the mail.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
