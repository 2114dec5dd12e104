using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Localization;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The demo users' lives against the embedded sandbox (the real account API client over HTTP, the real mail sender
/// to the sandbox SMTP server), Hangfire and cases on real Redis, proactive messages to a fake channel.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed class SandboxDeletionTests(RedisServer redis) : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task Ben_IsDeletedAndPurgedInTheSandbox_AndGetsTheReceiptByMailAndInChat()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, BotTestHost.NewPrefix(), api: null, recordEmail: false).Start();

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("user_ben", ["acct_ben"], JobsHosting.Reference(_channel, "conv-ben"), "ben@example.com", DeletionActors.User("user_ben")), CancellationToken.None);
        var purged = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);

        Assert.Equal(["acct_ben"], purged.DeletedAccountIds);
        using var api = SandboxClient(host);
        var user = await api.GetAsync("users/user_ben");
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
        Assert.Contains("user_purged", await user.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mailbox = host.Services.GetRequiredService<SandboxMailbox>();
        var receiptMail = (await Eventually.UntilAsync(() => Task.FromResult(mailbox.List()), m => m.Any(x => x.Subject.Contains("erasure receipt", StringComparison.Ordinal)), "the receipt mail"))
            .Single(m => m.Subject.Contains("erasure receipt", StringComparison.Ordinal));
        Assert.Equal(["ben@example.com"], receiptMail.To);
        using (var self = host.CreateClient())
        {
            // The address is absolute (the mail is read outside the host), whatever the line wrapping.
            var compact = System.Text.RegularExpressions.Regex.Replace(receiptMail.TextBody, @"\s", "");
            Assert.Contains("Anyonecancheckitat" + new Uri(self.BaseAddress!, "/receipts/verify") + "(POST", compact, StringComparison.Ordinal);
        }

        Assert.Contains(purged.Receipt!.Token, receiptMail.TextBody.Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var client = host.CreateClient();
        var verification = await (await client.PostAsJsonAsync("/receipts/verify", new { receipt = purged.Receipt.Token })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(verification!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Lee_IsDeletedInTheSandbox_PurgeWaitsForTheLitigationHoldWithoutSayingSo()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, $"test:{Guid.NewGuid():N}:", api: null).Start();

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("user_lee", ["acct_lee"], JobsHosting.Reference(_channel, "conv-lee"), "lee@held.example", DeletionActors.User("user_lee")), CancellationToken.None);
        await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.PurgeBlocked);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(_channel.TextsTo("conv-lee")), t => t.Count >= 2, "deleted and retained notices");

        Assert.Contains(texts, t => t.Contains("legal obligations", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("litigation", StringComparison.OrdinalIgnoreCase));

        using var api = SandboxClient(host);
        Assert.True((await api.DeleteAsync("users/user_lee/legal_holds/hold_lee_litigation")).IsSuccessStatusCode);
        var purged = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Purged);

        Assert.NotNull(purged.Receipt);
        Assert.Contains("user_purged", await (await api.GetAsync("users/user_lee")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ada_EverythingDoneButTheDelegation_TheJobRechecksDnsAndBlocksTheCase_NothingIsDeleted()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, BotTestHost.NewPrefix(), api: null, recordEmail: false).Start();
        using var dashboard = host.CreateClient();
        foreach (var path in new[]
        {
            "accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro/cancel", "accounts/acct_ada_labs/subscriptions/sub_ada_dev_argo/cancel",
            "accounts/acct_ada_labs/registrar/ada.dev/auto-renew/disable", "zones/zone_adashop_com/dns-records-moved",
            "zones/zone_ada_dev/remove", "zones/zone_adashop_com/remove", "accounts/acct_ada_labs/billing/payment-method/delete",
        })
        {
            using var done = await dashboard.PostAsync(new Uri("/sandbox/dash/" + path, UriKind.Relative), null);
            Assert.True(done.IsSuccessStatusCode, path);
        }

        var requested = await host.Scheduler.RequestAsync(
            new DeletionRequest("user_ada", ["acct_ada_labs"], JobsHosting.Reference(_channel, "conv-ada-dns"), "ada@example.com", DeletionActors.User("user_ada")), CancellationToken.None);
        var blocked = await host.WaitForCaseStateAsync(requested.CaseId, DeletionCaseState.Blocked);

        var unmet = Assert.Single(InCulture.Read("en", () => BlockerTexts.Of(blocked, ChatText.Code)));
        Assert.StartsWith("Remove Khulnasoft's nameservers for `ada.dev` at your registrar: `ada.dev` is still delegated to `kai.ns.khulnasoft.com`, `lola.ns.khulnasoft.com` (checked in DNS at ", unmet, StringComparison.Ordinal);
        Assert.Contains("stops resolving", unmet, StringComparison.Ordinal);
        using var api = SandboxClient(host);
        Assert.True((await api.GetAsync("users/user_ada")).IsSuccessStatusCode, "ada was not deleted");
    }

    private static HttpClient SandboxClient(BotTestHost host)
    {
        var client = host.CreateClient();
        client.BaseAddress = new Uri(client.BaseAddress!, "/sandbox/api/v4/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox-token");
        return client;
    }
}
