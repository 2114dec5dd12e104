using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Dns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The DNS safety guard in ada's checklist, over HTTP with real channel tokens, against the sandbox's real
/// authoritative DNS server (sandbox mode points <c>Dns:Servers</c> at it), changed by the sandbox dashboard; and
/// against a DNS server that never answers. Every card goes through the official parser at 1.5.
/// </summary>
public sealed class DnsGuardHttpTests : TeamsChannelConversation
{
    private const string StillDelegated = "ada.dev is still delegated to kai.ns.khulnasoft.com, lola.ns.khulnasoft.com (checked in DNS at ";
    private const string StopsResolving = "Once the zone is removed from Khulnasoft, ada.dev stops resolving";
    private const string HostnamesPoint = "www.adashop.com, shop.adashop.com still point at Khulnasoft (checked in DNS at ";
    private SilentDnsServer? _silent;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _silent?.Dispose();
    }

    /// <summary>ada asks to delete her account and confirms her vouched identity; the blast radius comes before the checklist.</summary>
    private async Task UpToTheChecklistAsync(ChannelUser ada)
    {
        await ada.SendAsync("delete my account");
        ada.Next(R.Card("You're signed in as"), "vouched identity");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.Next(R.Card("What deleting your account would remove"), "blast radius");
    }

    private ChannelUser Ada(string conversationId) =>
        new(Host, Credentials, DemoChats.Teams("ada", conversationId, Connector.ServiceUrl), R);

    [Fact]
    public async Task AdasChecklist_ShowsWhatDnsSays_AndChangesWhenTheDashboardChangesTheDelegationAndTheRecords()
    {
        Host.Start();
        var ada = Ada("a:ada-dns");

        await UpToTheChecklistAsync(ada);
        ada.Next(R.Card("1 of 8 required steps done", StillDelegated, StopsResolving, HostnamesPoint, "stop resolving until their DNS records point elsewhere"),
            "the nameserver and CNAME items carry the DNS evidence and the warning");
        ada.Next(R.Text("Still to do (7)"), "what is left");

        await Host.DashboardAsync("zones/zone_ada_dev/nameservers-changed");
        await ada.SendAsync("re-check");
        ada.Next(R.Card("2 of 8 required steps done", "ada.dev is delegated to ns1.registrar.example, ns2.registrar.example, not Khulnasoft (checked in DNS at ",
            HostnamesPoint), "the delegation changed in DNS");
        Assert.DoesNotContain(StillDelegated, R.LastCard!.ToJsonString(), StringComparison.Ordinal);
        ada.Next(R.Text("Still to do (6)"), "one less");

        await Host.DashboardAsync("zones/zone_adashop_com/dns-records-moved");
        await ada.SendAsync("re-check");
        ada.Next(R.Card("3 of 8 required steps done", "www.adashop.com, shop.adashop.com no longer point at Khulnasoft (checked in DNS at "), "the CNAMEs moved");
        ada.Next(R.Text("Still to do (5)"), "one less again");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AnUnreachableDnsServer_TheChecklistSaysTheCheckCouldNotBeMade_AndFallsBackToTheApiNeverDone()
    {
        _silent = SilentDnsServer.Start();
        Host.Settings["Dns:Servers:0"] = $"127.0.0.1:{_silent.Port}";
        Host.Settings["Dns:AuthoritativePort"] = _silent.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Host.Settings["Dns:Timeout"] = "00:00:00.200";
        Host.Start();
        var ada = Ada("a:ada-dns-down");

        await UpToTheChecklistAsync(ada);
        ada.Next(R.Card("1 of 8 required steps done",
            "The DNS check could not be made (the DNS server did not answer in time). The account API reports this as not done yet, but it stays open until DNS confirms it",
            StopsResolving), "could not check: the API's field, still open");
        Assert.DoesNotContain("checked in DNS at", R.LastCard!.ToJsonString(), StringComparison.Ordinal);
        ada.Next(R.Text("Still to do (7)"), "nothing is done on a failed lookup");

        // The account API now says the nameservers changed; DNS still cannot be asked: the item is not reported done.
        await Host.DashboardAsync("zones/zone_ada_dev/nameservers-changed");
        await ada.SendAsync("re-check");
        ada.Next(R.Card("1 of 8 required steps done", "The account API reports this as done, but it stays open until DNS confirms it"),
            "the API's done is not taken on a failed lookup");
        ada.Next(R.Text("Still to do (7)"), "still seven");
        Assert.True(_silent.Received > 0, "the bot asked the configured DNS server");
        await R.ValidateCardsAsync();
    }
}
