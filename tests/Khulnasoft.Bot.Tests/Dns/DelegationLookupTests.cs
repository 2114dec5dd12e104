using Khulnasoft.Bot.Dns;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary>
/// The delegation check of a full setup against the sandbox's real DNS server (the TLD registry's referral and a
/// resolver's answer), changed by the sandbox dashboard as a person would; and against servers that fail.
/// </summary>
public sealed class DelegationLookupTests : IAsyncLifetime
{
    private static readonly string[] KhulnasoftNs = ["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"];
    private SandboxApp sandbox = null!;

    public async Task InitializeAsync() => sandbox = await SandboxApp.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task CheckAsync_AdaDevStillDelegated_IsStillAtKhulnasoftWithEvidenceAndTime()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);

        var check = await lookups.Delegation.CheckAsync("ada.dev", ["KAI.ns.khulnasoft.com.", "lola.ns.khulnasoft.com"], CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.StillAtKhulnasoft, check.Outcome);
        Assert.Equal(KhulnasoftNs, check.StillKhulnasoft.Order());
        Assert.Equal(KhulnasoftNs, check.AtParent.Values.Order());
        Assert.Equal(KhulnasoftNs, check.ZoneOwn.Values.Order());
        Assert.Equal(DnsLookups.Now, check.CheckedAt);
    }

    [Fact]
    public async Task CheckAsync_AfterTheNameserversChangeOnTheDashboard_IsMovedAway()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);
        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/nameservers-changed");

        var check = await lookups.Delegation.CheckAsync("ada.dev", KhulnasoftNs, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.MovedAway, check.Outcome);
        Assert.Empty(check.StillKhulnasoft);
        Assert.Equal(["ns1.registrar.example", "ns2.registrar.example"], check.AtParent.Values.Order());
        Assert.Equal(["ns1.registrar.example", "ns2.registrar.example"], check.ZoneOwn.Values.Order());
    }

    [Fact]
    public async Task CheckAsync_ZoneRemovedButStillDelegated_IsStillAtKhulnasoftFromTheParentWhileTheZoneFailsToResolve()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);
        await sandbox.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/remove");

        var check = await lookups.Delegation.CheckAsync("ada.dev", KhulnasoftNs, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.StillAtKhulnasoft, check.Outcome);
        Assert.Equal(KhulnasoftNs, check.AtParent.Values.Order());
        Assert.Equal("ServerFailure", check.ZoneOwn.Failure);
    }

    [Fact]
    public async Task DigAtTheSandbox_ShowsWhatTheBotSees_BeforeAndAfterTheChange()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);

        foreach (var change in new[] { "", "/sandbox/dash/zones/zone_ada_dev/nameservers-changed" })
        {
            if (change.Length > 0)
            {
                await sandbox.PostFormAsync(change);
            }

            var check = await lookups.Delegation.CheckAsync("ada.dev", KhulnasoftNs, CancellationToken.None);
            var dig = await Dig.ShortAsync(sandbox.DnsPort, "ada.dev", "NS");

            Assert.Equal(dig, check.ZoneOwn.Values.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task CheckAsync_NothingListens_CouldNotCheckNeverMovedAway()
    {
        var port = FreePort.Next();
        var lookups = new DnsLookups(new DnsOptions { Servers = [$"127.0.0.1:{port}"], AuthoritativePort = port, Timeout = TimeSpan.FromMilliseconds(500) });

        var check = await lookups.Delegation.CheckAsync("ada.dev", KhulnasoftNs, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.CouldNotCheck, check.Outcome);
        Assert.False(check.AtParent.Succeeded);
        Assert.False(check.ZoneOwn.Succeeded);
    }

    [Fact]
    public async Task CheckAsync_AServerThatNeverAnswers_TimesOutAndCouldNotCheck()
    {
        using var silent = SilentDnsServer.Start();
        var lookups = new DnsLookups(new DnsOptions { Servers = [$"127.0.0.1:{silent.Port}"], AuthoritativePort = silent.Port, Timeout = TimeSpan.FromMilliseconds(300) });

        var check = await lookups.Delegation.CheckAsync("ada.dev", KhulnasoftNs, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.CouldNotCheck, check.Outcome);
        Assert.Equal("ConnectionTimeout", check.ZoneOwn.Failure);
        Assert.True(silent.Received > 0);
    }

    [Fact]
    public async Task CheckAsync_TheResolverRefusesTheName_CouldNotCheck()
    {
        var lookups = DnsLookups.AtSandbox(sandbox.DnsPort);

        var check = await lookups.Delegation.CheckAsync("not-a-demo-domain.org", KhulnasoftNs, CancellationToken.None);

        Assert.Equal(DnsCheckOutcome.CouldNotCheck, check.Outcome);
        Assert.Equal("Refused", check.ZoneOwn.Failure);
    }
}
