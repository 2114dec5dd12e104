using System.Net;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>The sandbox dashboard: each form changes what the API returns; pages render.</summary>
public sealed class SandboxDashboardTests : IAsyncLifetime
{
    private SandboxHost host = null!;

    public async Task InitializeAsync() => host = await SandboxHost.StartAsync(pageSize: 2);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task DisableAutoRenewForm_ClientSeesAutoRenewOff()
    {
        var back = await host.PostFormAsync("/sandbox/dash/accounts/acct_ada_labs/registrar/ada.dev/auto-renew/disable");

        Assert.Equal("/sandbox/dash/accounts/acct_ada_labs/registrar/ada.dev", back);
        Assert.False(Assert.Single(await host.Client.GetRegistrarDomainsAsync("acct_ada_labs")).AutoRenew);
        var page = await host.Http.GetStringAsync(new Uri(back, UriKind.Relative));
        Assert.Contains("Auto-renew is off", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelSubscriptionRemoveZoneAndDeletePaymentForms_ChangeTheApi()
    {
        await host.PostFormAsync("/sandbox/dash/accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro/cancel");
        await host.PostFormAsync("/sandbox/dash/zones/zone_adashop_com/remove");
        await host.PostFormAsync("/sandbox/dash/accounts/acct_ada_labs/billing/payment-method/delete");

        var subscriptions = await host.Client.GetSubscriptionsAsync("acct_ada_labs");
        var zones = await host.Client.GetZonesAsync("acct_ada_labs");
        Assert.Equal("cancelled", subscriptions.Single(s => s.Id == "sub_ada_dev_pro").State);
        Assert.Equal("deleted", zones.Single(z => z.Id == "zone_adashop_com").Status);
        Assert.Null((await host.Client.GetBillingProfileAsync("acct_ada_labs")).PaymentMethod);
    }

    [Fact]
    public async Task NameserversForm_MovesZoneAndPointsRegistrarAway()
    {
        await host.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/nameservers-changed");

        var zone = (await host.Client.GetZonesAsync("acct_ada_labs")).Single(z => z.Id == "zone_ada_dev");
        Assert.Equal("moved", zone.Status);
        Assert.Empty(zone.RegistrarNameServers.Intersect(zone.NameServers));
    }

    [Theory]
    [InlineData("/sandbox/dash", "Ada Labs")]
    [InlineData("/sandbox/dash/accounts/acct_ada_labs", "Argo Smart Routing")]
    [InlineData("/sandbox/dash/accounts/acct_ada_labs/subscriptions", "Cancel subscription")]
    [InlineData("/sandbox/dash/accounts/acct_ada_labs/billing", "ending in 4242")]
    [InlineData("/sandbox/dash/zones/zone_ada_dev", "I changed the nameservers at my registrar")]
    [InlineData("/sandbox/dash/zones/zone_adashop_com", "I moved my DNS records")]
    [InlineData("/sandbox/dash/zones/zone_adashop_com", "www.adashop.com CNAME")]
    [InlineData("/sandbox/dash/staff/legal-holds", "litigation")]
    public async Task Pages_Render(string path, string expected)
    {
        using var response = await host.Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("#F38020", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownZonePage_Answers404()
    {
        using var response = await host.Http.GetAsync(new Uri("/sandbox/dash/zones/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
