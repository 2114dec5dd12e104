using System.Net;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Tests.Sandbox;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Accounts;

/// <summary>The real client against the embedded sandbox over real HTTP (per_page 1, so every list spans pages).</summary>
public sealed class KhulnasoftApiClientSandboxTests : IAsyncLifetime
{
    private SandboxHost host = null!;

    private KhulnasoftApiClient Client => host.Client;

    public async Task InitializeAsync() => host = await SandboxHost.StartAsync(pageSize: 1);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task FindUsers_ByEmailAndByEntra_FindAda()
    {
        var byEmail = Assert.Single(await Client.FindUsersByEmailAsync("ADA@example.com"));
        var byEntra = Assert.Single(await Client.FindUsersByEntraIdentityAsync(DemoUsers.Tenant, DemoUsers.Ada.AadObjectId));

        Assert.Equal("user_ada", byEmail.Id);
        Assert.Equal(byEmail, byEntra);
        Assert.Empty(await Client.FindUsersByEmailAsync("stranger@example.com"));
    }

    [Fact]
    public async Task AdaLabs_EveryReadCall_ReturnsTheDemoData()
    {
        var user = await Client.GetUserAsync("user_ada");
        var membership = Assert.Single(await Client.GetMembershipsAsync("user_ada"));
        var account = await Client.GetAccountAsync("acct_ada_labs");
        var members = await Client.GetAccountMembersAsync("acct_ada_labs");
        var subscriptions = await Client.GetSubscriptionsAsync("acct_ada_labs");
        var zones = await Client.GetZonesAsync("acct_ada_labs");
        var domain = Assert.Single(await Client.GetRegistrarDomainsAsync("acct_ada_labs"));
        var billing = await Client.GetBillingProfileAsync("acct_ada_labs");
        var invoices = await Client.GetInvoicesAsync("acct_ada_labs");

        Assert.Equal("ada@example.com", user.Email);
        Assert.True(membership.IsPrimaryOwner);
        Assert.Equal("Ada Labs", account.Name);
        Assert.Equal("standard", account.Type);
        Assert.Equal(["ada@example.com", "bob@example.com"], members.Select(m => m.User.Email));
        Assert.Contains(members, m => m.IsPrimaryOwner && m.Roles.Contains("Super Administrator"));
        Assert.Equal(["Pro Plan", "Argo Smart Routing", "Free Plan"], subscriptions.Select(s => s.RatePlan.PublicName));
        Assert.All(subscriptions, s => Assert.Equal("active", s.State));
        Assert.Equal([("ada.dev", "full"), ("adashop.com", "partial")], zones.Select(z => (z.Name, z.Type)));
        Assert.True(domain.AutoRenew);
        Assert.Equal("4242", billing.PaymentMethod?.Last4);
        Assert.Equal(3, invoices.Count);
        Assert.Empty(await Client.GetSsoConnectorsAsync("acct_ada_labs"));
        Assert.Null(await Client.GetCustomerSuccessManagerAsync("acct_ada_labs"));
    }

    [Fact]
    public async Task SsoCorpContractCoAndLee_ReturnConnectorCsmAndHold()
    {
        var connector = Assert.Single(await Client.GetSsoConnectorsAsync("acct_ssocorp"));
        var csm = await Client.GetCustomerSuccessManagerAsync("acct_contract_co");
        var contract = Assert.Single(await Client.GetSubscriptionsAsync("acct_contract_co"));
        var hold = Assert.Single(await Client.GetLegalHoldsAsync("user_lee"));
        var ssoMembers = await Client.GetAccountMembersAsync("acct_ssocorp");

        Assert.Equal(("ssocorp.example", true), (connector.EmailDomain, connector.Enabled));
        Assert.Equal("mike.csm@khulnasoft.example", csm?.Email);
        Assert.Equal("80000000-0000-4000-8000-000000000008", csm?.Entra?.ObjectId);
        Assert.True(contract.RatePlan.IsContract);
        Assert.Equal("litigation", hold.Reason);
        Assert.Equal("grace@ssocorp.example", ssoMembers.Single(m => m.Roles.Contains("Super Administrator")).User.Email);
        Assert.DoesNotContain("Super Administrator", ssoMembers.Single(m => m.User.Email == "sam@ssocorp.example").Roles);
    }

    [Fact]
    public async Task GetInvoicePdf_ReturnsARealPdf()
    {
        var pdf = await Client.GetInvoicePdfAsync("acct_ada_labs", "inv_ada_2026_09");

        Assert.Equal("KS-2026-0901.pdf", pdf.FileName);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.Content.Take(5));
        Assert.True(pdf.Content.Length > 500);
    }

    [Fact]
    public async Task DeleteAda_WithEverythingToDo_Throws409ListingEachPrerequisite()
    {
        var e = await Assert.ThrowsAsync<PrerequisitesUnmetException>(() => Client.DeleteUserAsync("user_ada", "k1"));

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
        Assert.Equal(
            [
                (UnmetCodes.ActiveSubscription, "ada.dev"), (UnmetCodes.ActiveSubscription, "ada.dev"),
                (UnmetCodes.ZoneActive, "ada.dev"), (UnmetCodes.NameServersPointing, "ada.dev"),
                (UnmetCodes.ZoneActive, "adashop.com"), (UnmetCodes.CnameRecordsNotMoved, "adashop.com"),
                (UnmetCodes.AutoRenewEnabled, "ada.dev"), (UnmetCodes.PaymentMethodOnFile, null),
            ],
            e.Unmet.Select(u => (u.Code, u.Domain)));
        Assert.Equal("active", (await Client.GetUserAsync("user_ada")).Status);
    }

    [Fact]
    public async Task DeleteAda_AfterEveryPrerequisite_DeletesAccountRemovesBobAndIsIdempotent()
    {
        await Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_pro");
        await Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_argo");
        await host.PostFormAsync("/sandbox/dash/zones/zone_ada_dev/nameservers-changed");
        await host.PostFormAsync("/sandbox/dash/zones/zone_adashop_com/dns-records-moved");
        await Client.RemoveZoneAsync("zone_ada_dev");
        var removed = await Client.RemoveZoneAsync("zone_adashop_com");
        await Client.SetAutoRenewAsync("acct_ada_labs", "ada.dev", autoRenew: false);
        var billing = await Client.DeletePaymentMethodAsync("acct_ada_labs");

        var deletion = await Client.DeleteUserAsync("user_ada", "delete-ada-1");
        var repeat = await Client.DeleteUserAsync("user_ada", "delete-ada-1");

        Assert.Equal("deleted", removed.Status);
        Assert.Null(billing.PaymentMethod);
        Assert.Equal("acct_ada_labs", Assert.Single(deletion.DeletedAccounts).Id);
        Assert.Equal("user_bob", Assert.Single(deletion.RemovedMembers).UserId);
        Assert.Equal(deletion.DeletedAccounts, repeat.DeletedAccounts);
        Assert.Equal(deletion.RemovedMembers, repeat.RemovedMembers);
        var gone = await Assert.ThrowsAsync<AccountNotFoundException>(() => Client.GetUserAsync("user_ada"));
        Assert.True(gone.IsUserDeleted);
        var again = await Assert.ThrowsAsync<AccountNotFoundException>(() => Client.DeleteUserAsync("user_ada", "another-key"));
        Assert.True(again.IsUserDeleted);
        await Assert.ThrowsAsync<AccountNotFoundException>(() => Client.GetAccountAsync("acct_ada_labs"));
        Assert.Empty(await Client.GetMembershipsAsync("user_bob"));
    }

    [Fact]
    public async Task DeleteBob_Member_LeavesAdaLabsOnly()
    {
        var deletion = await Client.DeleteUserAsync("user_bob", "delete-bob");

        Assert.Empty(deletion.DeletedAccounts);
        Assert.Equal("acct_ada_labs", Assert.Single(deletion.LeftAccounts).Id);
        Assert.Equal(["ada@example.com"], (await Client.GetAccountMembersAsync("acct_ada_labs")).Select(m => m.User.Email));
    }

    [Fact]
    public async Task DeleteCora_ContractAccount_Throws409WithContractPrerequisite()
    {
        var e = await Assert.ThrowsAsync<PrerequisitesUnmetException>(() => Client.DeleteUserAsync("user_cora", "k"));

        Assert.Contains(e.Unmet, u => u.Code == UnmetCodes.ContractAccount);
    }

    [Fact]
    public async Task DeleteAndPurgeBen_IsIdempotentThenUserPurged()
    {
        await Client.DeleteUserAsync("user_ben", "del-ben");
        var purge = await Client.PurgeUserAsync("user_ben", "purge-ben");
        var repeat = await Client.PurgeUserAsync("user_ben", "purge-ben");

        Assert.Equal("purged", purge.Status);
        Assert.Equal(purge, repeat);
        var e = await Assert.ThrowsAsync<AccountNotFoundException>(() => Client.GetUserAsync("user_ben"));
        Assert.True(e.IsUserPurged);
    }

    [Fact]
    public async Task PurgeLee_UnderLegalHold_Throws423UntilStaffLiftsTheHold()
    {
        await Client.DeleteUserAsync("user_lee", "del-lee");

        var locked = await Assert.ThrowsAsync<LegalHoldException>(() => Client.PurgeUserAsync("user_lee", "purge-lee"));
        await host.PostFormAsync("/sandbox/dash/staff/legal-holds/user_lee/hold_lee_litigation/lift");
        var purge = await Client.PurgeUserAsync("user_lee", "purge-lee");

        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Equal("purged", purge.Status);
    }

    [Fact]
    public async Task LiftLegalHold_ThroughTheApi_RemovesIt()
    {
        var lifted = await Client.LiftLegalHoldAsync("user_lee", "hold_lee_litigation");

        Assert.Equal("hold_lee_litigation", lifted.Id);
        Assert.Empty(await Client.GetLegalHoldsAsync("user_lee"));
    }

    [Fact]
    public async Task Api_WithoutServiceToken_Answers401Envelope()
    {
        using var response = await host.Http.GetAsync(new Uri("/sandbox/api/v4/accounts/acct_ada_labs", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"success\":false", body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"unauthorized\"", body, StringComparison.Ordinal);
    }
}
