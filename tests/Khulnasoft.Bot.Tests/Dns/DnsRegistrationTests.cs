using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary><c>AddDns()</c> in the real host: settings validated at start, and sandbox mode pointing DNS at the sandbox.</summary>
public sealed class DnsRegistrationTests
{
    [Fact]
    public async Task Host_InSandboxMode_AsksTheSandboxesDnsServer()
    {
        await using var host = new BotTestHost();
        using var client = host.CreateClient();

        var check = await host.Services.GetRequiredService<DelegationLookup>()
            .CheckAsync("ada.dev", ["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.StillAtKhulnasoft, check.Outcome);
        Assert.Single(host.Services.GetRequiredService<IOptions<DnsOptions>>().Value.Servers);
    }

    [Fact]
    public void Host_WithBadDnsSettings_RefusesToStart()
    {
        using var host = new BotTestHost();
        host.Settings["Dns:Servers:0"] = "dns.example.com";
        host.Settings["Dns:Timeout"] = "00:05:00";

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Dns:Servers: \"dns.example.com\" is not an IP address", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dns:Timeout must be between", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.1:5353", true)]
    [InlineData("[::1]:5353", true)]
    [InlineData("::1", true)]
    [InlineData("dns.example.com", false)]
    [InlineData("127.0.0.1:99999", false)]
    [InlineData("", false)]
    public void Validate_Servers_AreIpAddressesWithAnOptionalPort(string server, bool valid)
    {
        var result = new DnsOptionsValidator().Validate(null, new DnsOptions { Servers = [server] });

        Assert.Equal(valid, result.Succeeded);
    }
}
