using System.Net;
using SmtpServer;

namespace Khulnasoft.Sandbox.Mailbox;

/// <summary>
/// The embedded SMTP server (loopback only) that feeds the sandbox mailbox. Binds in <see cref="StartAsync"/>, so it
/// accepts mail before the host reports started; stopped (and awaited) with the host.
/// </summary>
internal sealed class SandboxSmtpServer(SandboxServers servers, SandboxMessageStore store, ILogger<SandboxSmtpServer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.khulnasoft.local")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, servers.SmtpPort)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stopping.Token);
        SandboxLog.SmtpListening(logger, servers.SmtpPort);
        return running.IsFaulted ? running : Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await stopping.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Disposed before (or while) being stopped, seen in tests when WebApplicationFactory.DisposeAsync stops
            // the host: Dispose has already cancelled the server.
        }

        try
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }
}
