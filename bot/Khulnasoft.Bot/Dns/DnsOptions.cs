namespace Khulnasoft.Bot.Dns;

/// <summary>Settings of the DNS lookups (section <c>Dns</c>); docs/dns.md lists them with their defaults.</summary>
public sealed class DnsOptions
{
    public const string SectionName = "Dns";

    /// <summary>
    /// Resolvers to ask, each <c>ip</c> or <c>ip:port</c> (<c>[ipv6]:port</c>). Empty: the machine's resolvers. In
    /// sandbox mode the host points this at the sandbox's DNS server.
    /// </summary>
    public List<string> Servers { get; set; } = [];

    /// <summary>How long one query may take before the check says "could not check" (per attempt).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Port on which the parent zone's name servers (the TLD registry) are asked for the delegation. 53 in the world;
    /// in sandbox mode the host sets the sandbox DNS server's port.
    /// </summary>
    public int AuthoritativePort { get; set; } = 53;
}
