using System.Net;
using SmtpServer;

namespace Khulnasoft.Bot.Sandbox;

/// <summary>The embedded SMTP server (loopback only) that feeds the sandbox mailbox.</summary>
internal sealed class SandboxSmtpServer(SandboxSmtpEndpoint endpoint, SandboxMessageStore store, ILogger<SandboxSmtpServer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.khulnasoft.local")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, endpoint.Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        var server = new SmtpServer.SmtpServer(options, services);
        SandboxLog.SmtpListening(logger, endpoint.Port);
        try
        {
            await server.StartAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
