using Khulnasoft.Bot.Dns;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary>The CNAME check of a partial setup (adashop.com) against the sandbox's real DNS server.</summary>
public sealed class CnameLookupTests : IAsyncLifetime
{
    private static readonly string[] Hostnames = ["www.adashop.com", "shop.adashop.com"];
    private SandboxApp sandbox = null!;

    public async Task InitializeAsync() => sandbox = await SandboxApp.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task CheckAsync_HostnamesStillOnKhulnasoft_NamesThemWithTheirTargets()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);

        var check = await lookups.Cname.CheckAsync(Hostnames, "cdn.khulnasoft.net.", CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.StillAtKhulnasoft, check.Outcome);
        Assert.Equal(["shop.adashop.com", "www.adashop.com"], check.StillPointing.Order());
        Assert.Equal(["www.adashop.com.cdn.khulnasoft.net"], check.Hostnames.Single(h => h.Hostname == "www.adashop.com").Cname.Values);
        Assert.Equal(DnsLookups.Now, check.CheckedAt);
    }

    [Fact]
    public async Task CheckAsync_AfterTheRecordsMoveOnTheDashboard_IsMovedAway()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);
        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_adashop_com/dns-records-moved");

        var check = await lookups.Cname.CheckAsync(Hostnames, "cdn.khulnasoft.net", CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.MovedAway, check.Outcome);
        Assert.Empty(check.StillPointing);
        Assert.All(check.Hostnames, h => Assert.Empty(h.Cname.Values));
    }

    [Fact]
    public async Task CheckAsync_NothingListens_CouldNotCheckNeverMovedAway()
    {
        var lookups = new DnsLookups(new DnsOptions { Servers = [$"127.0.0.1:{FreePort.Next()}"], Timeout = TimeSpan.FromMilliseconds(500) });

        var check = await lookups.Cname.CheckAsync(Hostnames, "cdn.khulnasoft.net", CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.CouldNotCheck, check.Outcome);
        Assert.All(check.Hostnames, h => Assert.False(h.Cname.Succeeded));
    }
}
