using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// State-changing requests to the operator surfaces (<c>/hangfire</c>, <c>/ops</c>) over real HTTP: a browser that
/// holds the operator's Basic credentials (or sits on loopback in Development) must not be made to press a button
/// by another site. Cross-origin POSTs get 403, and the dashboard's own POSTs need its anti-forgery token.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed partial class OperatorCsrfTests(RedisServer redis) : IAsyncLifetime
{
    private const string Password = "correct-horse-battery-staple";
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task DashboardTrigger_WithCredentials_FromAnotherSite_Is403(string header, string value)
    {
        await using var host = StagingHost();
        using var client = OperatorClient(host);
        var antiforgery = await DashboardTokenAsync(client);

        using var response = await TriggerAsync(client, (header, value), antiforgery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DashboardTrigger_FromTheDashboardItself_WithItsToken_Works()
    {
        await using var host = StagingHost();
        using var client = OperatorClient(host);
        var antiforgery = await DashboardTokenAsync(client);

        using var response = await TriggerAsync(client, ("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority)), antiforgery);

        Assert.NotNull(antiforgery);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task DashboardTrigger_SameOriginButWithoutTheAntiforgeryToken_Is403()
    {
        await using var host = StagingHost();
        using var client = OperatorClient(host);

        using var response = await TriggerAsync(client, ("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority)), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DashboardTrigger_InDevelopmentFromLoopback_FromAnotherSite_Is403()
    {
        await using var host = BotTestHost.ForJobs(redis.ConnectionString, $"test:{Guid.NewGuid():N}:", _api);
        using var client = host.CreateClient();
        var antiforgery = await DashboardTokenAsync(client);

        using var response = await TriggerAsync(client, ("Origin", "https://evil.example"), antiforgery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task OpsEndpoints_ChangingStateFromAnotherSite_Are403(string method)
    {
        await using var host = StagingHost();
        using var client = OperatorClient(host);
        using var request = new HttpRequestMessage(new HttpMethod(method), "/ops/cases/del_aaaaaaaaaaaaaaaaaaaaaaaaaa/audit");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> TriggerAsync(HttpClient client, (string Name, string Value) browserHeader, (string Token, string Header)? antiforgery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "deletion-watchdog")]),
        };
        request.Headers.Add(browserHeader.Name, browserHeader.Value);
        if (antiforgery is { } token)
        {
            request.Headers.Add(token.Header, token.Token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// The anti-forgery token and header name the dashboard page gives its own scripts (its cookie stays in the
    /// client); null when the page has none.
    /// </summary>
    private static async Task<(string Token, string Header)?> DashboardTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/hangfire/recurring");
        var token = TokenAttribute().Match(page);
        var header = HeaderAttribute().Match(page);
        return token.Success && header.Success ? (WebUtility.HtmlDecode(token.Groups[1].Value), WebUtility.HtmlDecode(header.Groups[1].Value)) : null;
    }

    private static HttpClient OperatorClient(BotTestHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Password)));
        return client;
    }

    private BotTestHost StagingHost() => BotTestHost.ForJobsInStaging(redis.ConnectionString, _api, Password);

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex TokenAttribute();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]*)\"")]
    private static partial Regex HeaderAttribute();
}
