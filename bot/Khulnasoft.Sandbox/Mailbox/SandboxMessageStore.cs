using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Khulnasoft.Sandbox.Mailbox;

/// <summary>Parses each mail the embedded SMTP server receives and puts it in the <see cref="SandboxMailbox"/>.</summary>
internal sealed class SandboxMessageStore(SandboxMailbox mailbox, TimeProvider time) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        var to = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
        var text = message.TextBody ?? message.HtmlBody ?? "";
        mailbox.Add(new SandboxMail(
            message.MessageId ?? Guid.NewGuid().ToString("N"),
            message.From.ToString(),
            to,
            message.Subject ?? "",
            time.GetUtcNow(),
            text));
        return SmtpResponse.Ok;
    }
}
