using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Khulnasoft.Bot.Tests.Mail;

/// <summary>
/// A real SMTP server (the SmtpServer library the sandbox uses) on a loopback port that counts the connections (sessions)
/// it accepted and keeps the subjects of the mails it received. <see cref="StopAsync"/> drops every open connection, as a
/// restarting server does; <see cref="Start"/> listens again on the same port.
/// </summary>
internal sealed class CountingSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _subjects = new();
    private CancellationTokenSource? _stopping;
    private Task _running = Task.CompletedTask;
    private int _sessions;

    public CountingSmtpServer(int port) => Port = port;

    public int Port { get; }

    public int Sessions => Volatile.Read(ref _sessions);

    public IReadOnlyCollection<string> Subjects => _subjects;

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("counting.test.local")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new SubjectStore(_subjects));
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _stopping = new CancellationTokenSource();
        _running = server.StartAsync(_stopping.Token);
    }

    public async Task StopAsync()
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stopping.Dispose();
        _stopping = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class SubjectStore(ConcurrentQueue<string> subjects) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            subjects.Enqueue(message.Subject ?? "");
            return SmtpResponse.Ok;
        }
    }
}
