using Khulnasoft.Bot.Dns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary>The bot's DNS lookups as the host builds them, against the given resolvers, with a fake clock.</summary>
internal sealed class DnsLookups(DnsOptions options)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 17, 55, 0, TimeSpan.Zero);

    private readonly DnsResolver resolver = new(Options.Create(options), NullLogger<DnsResolver>.Instance);

    public FakeTimeProvider Clock { get; } = new(Now);

    public DelegationLookup Delegation => new(resolver, Clock, NullLogger<DelegationLookup>.Instance);

    public CnameLookup Cname => new(resolver, Clock, NullLogger<CnameLookup>.Instance);

    /// <summary>Pointed at the sandbox's DNS server as sandbox mode does (resolver and TLD registry on one port).</summary>
    public static DnsLookups AtSandbox(int port) =>
        new(new DnsOptions { Servers = [$"127.0.0.1:{port}"], AuthoritativePort = port, Timeout = TimeSpan.FromSeconds(2) });
}
