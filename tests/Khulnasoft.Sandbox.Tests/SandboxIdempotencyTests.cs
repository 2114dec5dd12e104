using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// The <c>Idempotency-Key</c> header of the four mutating calls the bot's one-click fixes use (docs/khulnasoft-api.md,
/// "Idempotency"), over raw HTTP: same key and request → the remembered answer and no second change; same key with
/// another request → 422 <c>idempotency_key_reused</c> and no change; errors are not remembered. Changes are counted
/// at the sandbox's <c>/sandbox/dash/changes.json</c>.
/// </summary>
public sealed class SandboxIdempotencyTests : IAsyncLifetime
{
    private SandboxHost host = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        host = await SandboxHost.StartAsync();
        api = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "/sandbox/api/v4/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxApp.ServiceToken);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task RemoveZone_RepeatedWithTheSameKey_AnswersTheSameResult_AndRemovesOnce()
    {
        var first = await SendAsync(HttpMethod.Delete, "zones/zone_ada_dev", "key-zone-1");
        var second = await SendAsync(HttpMethod.Delete, "zones/zone_ada_dev", "key-zone-1");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("deleted", second.Body.GetProperty("result").GetProperty("status").GetString());
        Assert.Equal(first.Body.GetProperty("result").ToString(), second.Body.GetProperty("result").ToString());
        var change = Assert.Single(await ChangesAsync());
        Assert.Equal(("remove_zone", "zone_ada_dev", "key-zone-1"), (change.Operation, change.ResourceId, change.Key));
    }

    [Fact]
    public async Task RemoveZone_RepeatedWithoutAKey_AnswersNotFound()
    {
        await SendAsync(HttpMethod.Delete, "zones/zone_ada_dev", null);

        var again = await SendAsync(HttpMethod.Delete, "zones/zone_ada_dev", null);

        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Single(await ChangesAsync());
    }

    [Fact]
    public async Task TheSameKey_ForAnotherResource_Answers422_AndChangesNothing()
    {
        await SendAsync(HttpMethod.Delete, "accounts/acct_ada_labs/subscriptions/sub_ada_dev_argo", "key-sub");

        var reused = await SendAsync(HttpMethod.Delete, "accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro", "key-sub");

        Assert.Equal((HttpStatusCode)422, reused.Status);
        Assert.False(reused.Body.GetProperty("success").GetBoolean());
        Assert.Equal("idempotency_key_reused", reused.Body.GetProperty("errors")[0].GetProperty("code").GetString());
        var (_, subscriptions) = await SendAsync(HttpMethod.Get, "accounts/acct_ada_labs/subscriptions?per_page=100", null);
        Assert.Equal("active", subscriptions.GetProperty("result").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "sub_ada_dev_pro").GetProperty("state").GetString());
        Assert.Equal(["sub_ada_dev_argo"], (await ChangesAsync()).Select(c => c.ResourceId));
    }

    [Fact]
    public async Task TheSameKey_WithAnotherBody_Answers422()
    {
        var off = await SendAsync(HttpMethod.Put, "accounts/acct_ada_labs/registrar/domains/ada.dev", "key-renew", "{\"auto_renew\": false}");
        var on = await SendAsync(HttpMethod.Put, "accounts/acct_ada_labs/registrar/domains/ada.dev", "key-renew", "{\"auto_renew\": true}");
        var offAgain = await SendAsync(HttpMethod.Put, "accounts/acct_ada_labs/registrar/domains/ada.dev", "key-renew", "{\"auto_renew\": false}");

        Assert.Equal(HttpStatusCode.OK, off.Status);
        Assert.Equal((HttpStatusCode)422, on.Status);
        Assert.Equal(HttpStatusCode.OK, offAgain.Status);
        Assert.False(offAgain.Body.GetProperty("result").GetProperty("auto_renew").GetBoolean());
        Assert.Equal(["disable_auto_renew"], (await ChangesAsync()).Select(c => c.Operation));
    }

    [Fact]
    public async Task ConcurrentCalls_WithOneKey_ChangeOnce_AndAllAnswerTheSame()
    {
        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(HttpMethod.Delete, "accounts/acct_ada_labs/billing/payment_method", "key-pay")));

        Assert.All(calls, c => Assert.Equal(HttpStatusCode.OK, c.Status));
        Assert.Single(calls.Select(c => c.Body.GetProperty("result").ToString()).Distinct());
        Assert.Single(await ChangesAsync());
    }

    [Fact]
    public async Task AnError_IsNotRemembered_TheSameKeyMayBeRetried()
    {
        var refused = await SendAsync(HttpMethod.Put, "accounts/acct_ada_labs/registrar/domains/ada.dev", "key-retry", "{\"auto_renew\": \"no\"}");
        var accepted = await SendAsync(HttpMethod.Put, "accounts/acct_ada_labs/registrar/domains/ada.dev", "key-retry", "{\"auto_renew\": false}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Single(await ChangesAsync());
    }

    [Fact]
    public async Task TheBotsClient_SendsTheKey_SoARepeatedRemovalDoesNotFail()
    {
        await host.Client.RemoveZoneAsync("zone_adashop_com", "client-key");
        var again = await host.Client.RemoveZoneAsync("zone_adashop_com", "client-key");
        await host.Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_pro", "client-sub");
        await host.Client.CancelSubscriptionAsync("acct_ada_labs", "sub_ada_dev_pro", "client-sub");
        await host.Client.SetAutoRenewAsync("acct_ada_labs", "ada.dev", autoRenew: false, "client-renew");
        await host.Client.DeletePaymentMethodAsync("acct_ada_labs", "client-pay");
        await host.Client.DeletePaymentMethodAsync("acct_ada_labs", "client-pay");

        Assert.Equal("deleted", again.Status);
        var changes = await ChangesAsync();
        Assert.Equal(
            [("remove_zone", "client-key"), ("cancel_subscription", "client-sub"), ("disable_auto_renew", "client-renew"), ("delete_payment_method", "client-pay")],
            changes.Select(c => (c.Operation, c.Key!)));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? key, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await api.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private async Task<IReadOnlyList<(string Operation, string ResourceId, string? Key)>> ChangesAsync()
    {
        using var body = JsonDocument.Parse(await host.Http.GetStringAsync(new Uri("/sandbox/dash/changes.json", UriKind.Relative)));
        return [.. body.RootElement.GetProperty("changes").EnumerateArray().Select(c =>
            (c.GetProperty("operation").GetString()!, c.GetProperty("resource_id").GetString()!, c.GetProperty("idempotency_key").GetString()))];
    }
}
