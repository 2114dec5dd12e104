using Khulnasoft.Bot.Mail;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// Sends the mails of the <see cref="CodeMailOutbox"/> through <see cref="IMailSender"/>: as many at a time as the SMTP
/// pool keeps connections (<see cref="MailSmtpOptions.PoolSize"/>), each sender one mail after another. A mail that
/// fails is tried again (<see cref="MailOptions.SendAttempts"/> in all, waiting <see cref="MailOptions.RetryDelay"/>,
/// doubled each time) before that sender takes the next, so an SMTP outage shorter than that loses no code.
/// </summary>
public sealed class CodeMailDispatcher(CodeMailOutbox outbox, IMailSender mail, IOptions<MailOptions> options, TimeProvider timeProvider, ILogger<CodeMailDispatcher> logger) : BackgroundService
{
    /// <summary>Sends what is queued right now (the hosted loop does this whenever mail arrives).</summary>
    public async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        while (outbox.Reader.TryRead(out var queued))
        {
            await SendAsync(queued, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Smtp.PoolSize).Select(_ => SendWhileRunningAsync(stoppingToken)));

    // One sender: a mail an SMTP round trip takes tens of milliseconds to hand over, so one sender alone capped the
    // whole host's code mails at a few dozen a second.
    private async Task SendWhileRunningAsync(CancellationToken stoppingToken)
    {
        while (await outbox.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            await SendQueuedAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(CodeMail queued, CancellationToken cancellationToken)
    {
        var delay = options.Value.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await mail.SendAsync(queued.Mail, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (MailDeliveryException e) when (attempt < options.Value.SendAttempts)
            {
                IdentityLog.CodeMailRetrying(logger, queued.Purpose, attempt, delay, e);
            }
            catch (MailDeliveryException e)
            {
                // The user was told a code is on its way (as for any address); they can ask for another one.
                IdentityLog.CodeMailFailed(logger, queued.Purpose, e);
                return;
            }

            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }
}
