using Khulnasoft.TestSupport;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// The sandbox's authoritative DNS server, asked by Debian's <c>dig</c> over UDP and TCP: the TLD registry's view
/// (<c>+norecurse</c>: the delegation) and a resolver's view (the zone's own records), and how the dashboard's
/// "nameservers changed", "DNS records moved" and "remove domain" change what it answers.
/// </summary>
public sealed class SandboxDnsServerTests : IAsyncLifetime
{
    private SandboxApp sandbox = null!;

    private int Port => sandbox.DnsPort;

    public async Task InitializeAsync() => sandbox = await SandboxApp.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task AdaDev_IsDelegatedToKhulnasoft_InBothViews_UntilTheNameserversChangeAtTheRegistrar()
    {
        var own = await Dig.ShortAsync(Port, "ada.dev", "NS");
        var atParent = await DelegationAsync("ada.dev");
        var overTcp = await Dig.ShortAsync(Port, "ada.dev", "NS", "+tcp");

        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/nameservers-changed");

        Assert.Equal(["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], own);
        Assert.Equal(["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], atParent);
        Assert.Equal(own, overTcp);
        Assert.Equal(["ns1.registrar.example", "ns2.registrar.example"], await Dig.ShortAsync(Port, "ada.dev", "NS"));
        Assert.Equal(["ns1.registrar.example", "ns2.registrar.example"], await DelegationAsync("ada.dev"));
        Assert.Equal(["203.0.113.10"], await Dig.ShortAsync(Port, "ada.dev", "A"));
    }

    [Fact]
    public async Task TheTld_NamesItsRegistryServer_OnLoopback()
    {
        Assert.Equal(["a.dev-registry.sandbox.invalid"], await Dig.ShortAsync(Port, "dev", "NS"));
        Assert.Equal(["127.0.0.1"], await Dig.ShortAsync(Port, "a.dev-registry.sandbox.invalid", "A"));
    }

    [Fact]
    public async Task AdaDevRemovedFromKhulnasoftWhileStillDelegated_StopsResolving()
    {
        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/remove");

        var resolver = await Dig.RunAsync(Port, "ada.dev", "NS");

        Assert.Contains("status: SERVFAIL", resolver, StringComparison.Ordinal);
        Assert.Equal(["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], await DelegationAsync("ada.dev"));
    }

    [Fact]
    public async Task AdashopHostnames_CnameToKhulnasoft_UntilTheDnsRecordsMove()
    {
        var www = await Dig.ShortAsync(Port, "www.adashop.com", "CNAME");
        var shop = await Dig.ShortAsync(Port, "shop.adashop.com", "A");
        var delegation = await DelegationAsync("adashop.com");

        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_adashop_com/dns-records-moved");

        Assert.Equal(["www.adashop.com.cdn.khulnasoft.net"], www);
        Assert.Equal(["198.51.100.80", "shop.adashop.com.cdn.khulnasoft.net"], shop);
        Assert.Equal(["dns1.shophost.example", "dns2.shophost.example"], delegation);
        Assert.Empty(await Dig.ShortAsync(Port, "www.adashop.com", "CNAME"));
        Assert.Equal(["203.0.113.10"], await Dig.ShortAsync(Port, "www.adashop.com", "A"));
    }

    [Fact]
    public async Task NamesOutsideTheDemoDomains_AreRefused()
    {
        var answer = await Dig.RunAsync(Port, "example.org", "A");

        Assert.Contains("status: REFUSED", answer, StringComparison.Ordinal);
    }

    /// <summary>The TLD registry's referral: <c>dig +norecurse</c>, the NS records of the authority section.</summary>
    private async Task<IReadOnlyList<string>> DelegationAsync(string zone)
    {
        var output = await Dig.RunAsync(Port, zone, "NS", "+norecurse", "+noall", "+authority");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5 && f[3] == "NS")
            .Select(f => f[4].TrimEnd('.')).Order(StringComparer.Ordinal)];
    }
}
