using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Sends the mails of the <see cref="CodeMailOutbox"/> through <see cref="IMailSender"/>, one at a time.</summary>
public sealed class CodeMailDispatcher(CodeMailOutbox outbox, IMailSender mail, ILogger<CodeMailDispatcher> logger) : BackgroundService
{
    /// <summary>Sends what is queued right now (the hosted loop does this whenever mail arrives).</summary>
    public async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        while (outbox.Reader.TryRead(out var queued))
        {
            await SendAsync(queued, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await outbox.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            await SendQueuedAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(CodeMail queued, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(queued.Mail, cancellationToken).ConfigureAwait(false);
        }
        catch (MailDeliveryException e)
        {
            // The user was told a code is on its way (as for any address); they can ask for another one.
            IdentityLog.CodeMailFailed(logger, queued.Purpose, e);
        }
    }
}
