using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Sandbox;

/// <summary>
/// The sandbox's loopback servers: the SMTP server (<c>Sandbox:SmtpPort</c>) and the DNS server
/// (<c>Sandbox:DnsPort</c>, UDP and TCP), each on its configured port or a free port chosen once. The host reads them
/// to point the mail sender and the DNS lookups at the sandbox.
/// </summary>
public sealed class SandboxServers
{
    public SandboxServers(IOptions<SandboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SmtpPort = options.Value.SmtpPort > 0 ? options.Value.SmtpPort : FreeTcpPort();
        DnsPort = options.Value.DnsPort > 0 ? options.Value.DnsPort : FreeUdpAndTcpPort();
        ServiceToken = options.Value.ServiceToken;
    }

    /// <summary>The address both servers listen on.</summary>
    public string Host { get; } = "127.0.0.1";

    public int SmtpPort { get; }

    public int DnsPort { get; }

    /// <summary>The bearer token the sandbox API accepts (<c>Sandbox:ServiceToken</c>).</summary>
    public string ServiceToken { get; }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A port free for UDP and for TCP (DNS answers on both).</summary>
    private static int FreeUdpAndTcpPort()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            try
            {
                using var tcp = new TcpListener(IPAddress.Loopback, port);
                tcp.Start();
                return port;
            }
            catch (SocketException) when (attempt < 20)
            {
                // taken for TCP: try another UDP port
            }
        }
    }
}
