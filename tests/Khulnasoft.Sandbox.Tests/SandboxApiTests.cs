using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>The sandbox API's wire format over raw HTTP: envelope, pagination, errors.</summary>
public sealed class SandboxApiTests : IAsyncLifetime
{
    private SandboxHost host = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        host = await SandboxHost.StartAsync();
        api = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "/sandbox/api/v4/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox-token");
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Invoices_SecondPageOfTwo_HasResultInfo()
    {
        var (status, body) = await GetAsync("accounts/acct_ada_labs/billing/invoices?page=2&per_page=2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("inv_ada_2026_09", Assert.Single(body.GetProperty("result").EnumerateArray()).GetProperty("id").GetString());
        var info = body.GetProperty("result_info");
        Assert.Equal((2, 2, 1, 3), (info.GetProperty("page").GetInt32(), info.GetProperty("per_page").GetInt32(), info.GetProperty("count").GetInt32(), info.GetProperty("total_count").GetInt32()));
    }

    [Theory]
    [InlineData("accounts/acct_ada_labs/members?per_page=0", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("accounts/acct_ada_labs/members?per_page=101", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("zones", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("users", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("accounts/nope", HttpStatusCode.NotFound, "not_found")]
    [InlineData("no/such/path", HttpStatusCode.NotFound, "not_found")]
    public async Task BadRequests_AnswerErrorEnvelopes(string path, HttpStatusCode expected, string code)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(expected, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task DnsRecords_OfARemovedZone_AreAnEmptyList()
    {
        var (_, before) = await GetAsync("zones/zone_ada_dev/dns_records");
        await host.Client.RemoveZoneAsync("zone_ada_dev");

        var (status, after) = await GetAsync("zones/zone_ada_dev/dns_records");

        Assert.Equal(2, before.GetProperty("result").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, after.GetProperty("result").GetArrayLength());
        Assert.Equal(0, after.GetProperty("result_info").GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task PutAutoRenew_WithoutBody_Answers400()
    {
        using var response = await api.PutAsync(new Uri("accounts/acct_ada_labs/registrar/domains/ada.dev", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PurgeActiveUser_Answers409UserNotDeleted()
    {
        using var response = await api.PostAsync(new Uri("users/user_ben/purge", UriKind.Relative), null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("user_not_deleted", body.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await api.GetAsync(new Uri(path, UriKind.Relative));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }
}
