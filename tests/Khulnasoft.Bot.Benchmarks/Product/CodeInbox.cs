using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// The mailbox the host's one-time codes go to: an SMTP server on a loopback port in the driver's process (the same
/// SmtpServer library and MimeKit parser as the sandbox mailbox), so reading a code costs the host under test nothing.
/// A conversation calls <see cref="Expect"/> before it asks for a code and awaits the 6-digit code mailed to it.
/// </summary>
public sealed partial class CodeInbox : MessageStore, IDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _waiting = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();

    private CodeInbox(int port) => Port = port;

    public int Port { get; }

    /// <summary>Mails that arrived for an address nobody waited for (or without a code).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    private long _unexpected;

    public static CodeInbox Start(int port)
    {
        var inbox = new CodeInbox(port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("bench.khulnasoft.local")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(inbox._stopping.Token);
        return inbox;
    }

    /// <summary>The next code mailed to <paramref name="address"/> (register before the turn that sends it).</summary>
    public Task<string> Expect(string address)
    {
        var waiting = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[address] = waiting;
        return waiting.Task;
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        var code = SixDigits().Match(message.TextBody ?? message.HtmlBody ?? "");
        foreach (var to in transaction.To)
        {
            if (code.Success && _waiting.TryRemove($"{to.User}@{to.Host}", out var waiting))
            {
                waiting.TrySetResult(code.Value);
            }
            else
            {
                Interlocked.Increment(ref _unexpected);
            }
        }

        return SmtpResponse.Ok;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
