using System.Buffers;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>Parses each mail the <see cref="CodeInbox"/>'s SMTP server receives and hands its 6-digit code to the inbox.</summary>
internal sealed partial class InboxMessageStore(CodeInbox inbox) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        var code = SixDigits().Match(message.TextBody ?? message.HtmlBody ?? "");
        foreach (var to in transaction.To)
        {
            inbox.Deliver($"{to.User}@{to.Host}", code.Success ? code.Value : null);
        }

        return SmtpResponse.Ok;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
