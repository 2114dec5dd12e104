using Microsoft.Extensions.Options;

namespace Khulnasoft.Sandbox;

/// <summary>
/// The sandbox's loopback servers: the SMTP server (<c>Sandbox:SmtpPort</c>) and the DNS server
/// (<c>Sandbox:DnsPort</c>, UDP and TCP), each on its configured port or a free port chosen once (<see cref="LoopbackPort"/>). The host reads them
/// to point the mail sender and the DNS lookups at the sandbox.
/// </summary>
public sealed class SandboxServers
{
    public SandboxServers(IOptions<SandboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SmtpPort = options.Value.SmtpPort > 0 ? options.Value.SmtpPort : LoopbackPort.FreeTcp();
        DnsPort = options.Value.DnsPort > 0 ? options.Value.DnsPort : LoopbackPort.FreeUdpAndTcp();
        ServiceToken = options.Value.ServiceToken;
    }

    /// <summary>The address both servers listen on.</summary>
    public string Host { get; } = "127.0.0.1";

    public int SmtpPort { get; }

    public int DnsPort { get; }

    /// <summary>The bearer token the sandbox API accepts (<c>Sandbox:ServiceToken</c>).</summary>
    public string ServiceToken { get; }
}
