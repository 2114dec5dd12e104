using System.Collections.Concurrent;
using System.Net;
using SmtpServer;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// The mailbox the host's one-time codes go to: an SMTP server on a loopback port in the driver's process (the same
/// SmtpServer library and MimeKit parser as the sandbox mailbox), so reading a code costs the host under test nothing.
/// A conversation calls <see cref="Expect"/> before it asks for a code and awaits the 6-digit code mailed to it.
/// </summary>
public sealed class CodeInbox : IDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _waiting = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private long _unexpected;

    private CodeInbox(int port) => Port = port;

    public int Port { get; }

    /// <summary>Mails that arrived for an address nobody waited for (or without a code).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public static CodeInbox Start(int port)
    {
        var inbox = new CodeInbox(port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("bench.khulnasoft.local")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new InboxMessageStore(inbox));
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

    /// <summary>A mail arrived for <paramref name="address"/> with <paramref name="code"/> (null: no code in it).</summary>
    public void Deliver(string address, string? code)
    {
        if (code is not null && _waiting.TryRemove(address, out var waiting))
        {
            waiting.TrySetResult(code);
        }
        else
        {
            Interlocked.Increment(ref _unexpected);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
