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

    [Theory]
    [InlineData("zone_ada_dev")]
    [InlineData("zone_adashop_com")]
    [InlineData("zone_ssocorp")]
    [InlineData("zone_contract")]
    public async Task EveryDnsRecordTheApiLists_IsAnsweredByTheDnsServer_ProxiedByTheEdgeUntilTheZoneLeavesKhulnasoft(string zoneId)
    {
        var records = await DnsRecordsAsync(zoneId);
        var before = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var record in records)
        {
            before[record.Name] = await AddressesAsync(record.Name);
        }

        var zone = zoneId == "zone_adashop_com" ? "dns-records-moved" : "nameservers-changed";
        await sandbox.PostFormAsync($"/sandbox/dash/zones/{zoneId}/{zone}");

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            Assert.Equal("A", record.Type);
            Assert.Equal([record.Proxied ? "198.51.100.80" : record.Content], before[record.Name]);
            Assert.Equal([record.Content], await AddressesAsync(record.Name));
        }
    }

    [Fact]
    public async Task NamesOutsideTheDemoDomains_AreRefused()
    {
        var answer = await Dig.RunAsync(Port, "example.org", "A");

        Assert.Contains("status: REFUSED", answer, StringComparison.Ordinal);
    }

    /// <summary>The addresses among <c>dig +short NAME A</c> (a CNAME on the way is left out).</summary>
    private async Task<IReadOnlyList<string>> AddressesAsync(string name) =>
        [.. (await Dig.ShortAsync(Port, name, "A")).Where(l => System.Net.IPAddress.TryParse(l, out _))];

    private async Task<IReadOnlyList<ApiDnsRecord>> DnsRecordsAsync(string zoneId)
    {
        using var response = await sandbox.Api.GetAsync(new Uri($"zones/{zoneId}/dns_records?per_page=100", UriKind.Relative));
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("result").EnumerateArray().Select(r => new ApiDnsRecord(
            r.GetProperty("name").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("content").GetString()!, r.GetProperty("proxied").GetBoolean()))];
    }

    private sealed record ApiDnsRecord(string Name, string Type, string Content, bool Proxied);

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
