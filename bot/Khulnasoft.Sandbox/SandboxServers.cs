using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Sandbox;

/// <summary>The loopback port of the embedded SMTP server: <c>Sandbox:SmtpPort</c>, or a free port chosen once.</summary>
internal sealed class SandboxSmtpEndpoint
{
    public SandboxSmtpEndpoint(IOptions<SandboxOptions> options)
    {
        Port = options.Value.SmtpPort > 0 ? options.Value.SmtpPort : FreeLoopbackPort();
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
