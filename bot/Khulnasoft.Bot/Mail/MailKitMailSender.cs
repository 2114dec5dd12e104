using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Khulnasoft.Bot.Mail;

/// <summary>
/// Sends mail over SMTP with MailKit on kept-open connections (<see cref="SmtpConnectionPool"/>). When a kept-open
/// connection turns out to be dead (the server closed it), the mail goes once more over a new connection; any other
/// failure is a <see cref="MailDeliveryException"/> (the caller decides whether to retry).
/// </summary>
internal sealed class MailKitMailSender(IOptions<MailOptions> options, SmtpConnectionPool pool, ILogger<MailKitMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId();
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        await pool.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                SmtpClient? client = null;
                var reused = false;
                try
                {
                    (client, reused) = await pool.TakeAsync(cancellationToken).ConfigureAwait(false);
                    await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
                    pool.Keep(client);
                    break;
                }
                catch (Exception e) when (IsSmtpFailure(e))
                {
                    client?.Dispose(); // its state is unknown: never given back

                    if (reused && IsConnectionLost(e))
                    {
                        MailLog.KeptConnectionLost(logger, e);
                        continue;
                    }

                    MailLog.MailFailed(logger, e.GetType().Name);
                    throw new MailDeliveryException($"The mail could not be sent ({e.GetType().Name}).", e);
                }
            }
        }
        finally
        {
            pool.Release();
        }

        MailLog.MailSent(logger, message.MessageId);
    }

    private static bool IsSmtpFailure(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or AuthenticationException or ServiceNotConnectedException
            or System.Net.Sockets.SocketException or IOException or SslHandshakeException or TimeoutException;

    // The connection died under us (not a refusal of this mail): a new connection may well succeed.
    private static bool IsConnectionLost(Exception e) =>
        e is SmtpProtocolException or ServiceNotConnectedException or System.Net.Sockets.SocketException or IOException
            || (e is SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable });
}
