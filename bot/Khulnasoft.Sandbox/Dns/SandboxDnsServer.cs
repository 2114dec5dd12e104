using System.Net;
using ARSoft.Tools.Net.Dns;

namespace Khulnasoft.Sandbox.Dns;

/// <summary>
/// The sandbox's authoritative DNS server (ARSoft.Tools.Net) on 127.0.0.1:<see cref="SandboxServers.DnsPort"/>, UDP and
/// TCP. Binds in <see cref="StartAsync"/>, so it answers before the host reports started; stopped with the host.
/// </summary>
internal sealed class SandboxDnsServer(SandboxServers servers, SandboxDnsAnswers answers, ILogger<SandboxDnsServer> logger) : IHostedService, IDisposable
{
    private const int TimeoutMilliseconds = 5000;
    private DnsServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, servers.DnsPort);
        server = new DnsServer(new UdpServerTransport(endpoint, TimeoutMilliseconds), new TcpServerTransport(endpoint, TimeoutMilliseconds, TimeoutMilliseconds));
        server.QueryReceived += OnQueryReceivedAsync;
        server.ExceptionThrown += OnExceptionAsync;
        server.Start();
        SandboxLog.DnsListening(logger, servers.DnsPort);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        server?.Stop();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        server?.Stop();
        server = null;
    }

    private Task OnQueryReceivedAsync(object sender, QueryReceivedEventArgs e)
    {
        if (e.Query is DnsMessage query)
        {
            e.Response = answers.Answer(query);
        }

        return Task.CompletedTask;
    }

    private Task OnExceptionAsync(object sender, ExceptionEventArgs e)
    {
        SandboxLog.DnsFailed(logger, e.Exception.GetType().Name);
        return Task.CompletedTask;
    }
}
