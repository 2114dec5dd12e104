using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Attacks;

/// <summary>
/// The host in Production, with real Bot Framework authentication against a local OpenID issuer: forged, expired,
/// wrong-audience and replayed channel tokens; bound Web Chat tokens outside sandbox mode; the Hangfire dashboard
/// and the audit export without credentials.
/// </summary>
/// <remarks>
/// What "replayed" means here: a Bot Framework channel token is a bearer token for its whole lifetime (the channel
/// sends the same token with many activities; it has no nonce), so replaying a captured token is not refused as
/// such. What holds: the token only works for the <c>serviceUrl</c> it names (another one gets 401), not after it
/// expires, and replaying a captured request (same activity id) is a duplicate delivery: it is answered with the
/// original answer and never run again.
/// </remarks>
[Collection(FaultCollection.Name)]
public sealed class ProductionFrontDoorTests(FaultLab lab) : IAsyncLifetime
{
    private const string ServiceUrl = "https://channel.fault.example.invalid/";

    private BotProcess _host = null!;
    private TestIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        await lab.HealAsync();
        _host = await lab.ProductionAsync();
        _issuer = lab.ChannelIssuer!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ForgedExpiredWrongAudienceUnsignedAndTamperedTokens_Get401_AndNoTurnRuns()
    {
        var conversation = new ChannelConversation("tokens-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        var valid = ChannelTokens.Valid(_issuer, ServiceUrl);
        var refused = new Dictionary<string, string?>
        {
            ["none"] = null,
            ["forged"] = ChannelTokens.Forged(_issuer, ServiceUrl),
            ["expired 10 minutes ago"] = ChannelTokens.Expired(_issuer, ServiceUrl, TimeSpan.FromMinutes(10)),
            ["wrong audience"] = ChannelTokens.WrongAudience(_issuer, ServiceUrl),
            ["alg none"] = TestIssuer.WithoutSignature(valid),
            ["serviceurl changed"] = TestIssuer.Tampered(valid, "serviceurl", "https://attacker.example/"),
        };

        foreach (var (kind, token) in refused)
        {
            var answer = await DeliverAsync(conversation.Message("delete my account"), token);
            Assert.True(answer.Status == HttpStatusCode.Unauthorized, $"{kind}: HTTP {(int)answer.Status} {answer.Body}");
            Assert.Equal("application/problem+json", answer.MediaType);
        }

        // Had any of them run, the bot would now be waiting for an email address and answer this with a code.
        var replies = await RepliesAsync(await DeliverAsync(conversation.Message("help"), valid));
        Assert.DoesNotContain(replies, r => Cards.Seen(r).Contains("If an account exists", StringComparison.Ordinal));
        lab.Results.Add(new FaultResult("channel tokens: none, forged, expired, wrong audience, alg none, tampered (Production)", "6 refused deliveries + 1 valid", "attack: all 401", 1, 0, 0, 0, 0));
    }

    [Fact]
    public async Task AReplayedRequest_IsAnsweredAsTheDuplicateItIs_AndTheTokenWorksForItsOwnServiceUrlOnly()
    {
        var conversation = new ChannelConversation("replay-" + Guid.NewGuid().ToString("N")[..8], "webchat");
        var steps = CodeChain.For(conversation.ConversationId + "@replay.fault.example");
        var token = ChannelTokens.Valid(_issuer, ServiceUrl);
        foreach (var step in steps.Take(2))
        {
            Cards.AssertSays(await RepliesAsync(await DeliverAsync(conversation.Message(step.Say), token)), step.Expect);
        }

        var captured = conversation.Message(steps[2].Say);
        for (var replay = 0; replay < 4; replay++)
        {
            Cards.AssertSays(await RepliesAsync(await DeliverAsync(captured, token)), steps[2].Expect);
        }

        var elsewhere = conversation.Message(steps[3].Say);
        elsewhere["serviceUrl"] = "https://attacker.example/";
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeliverAsync(elsewhere, token)).Status);
        Cards.AssertSays(await RepliesAsync(await DeliverAsync(conversation.Message(steps[3].Say), token)), steps[3].Expect);
        lab.Results.Add(new FaultResult("replayed channel request (same token and activity id; token on another serviceUrl)", "4 replays, 1 foreign serviceUrl", "attack: replays answered from the record, foreign serviceUrl 401", 4, 0, 0, 0, 0));
    }

    [Fact]
    public async Task WebChatTokenEndpoint_OutsideSandboxMode_MintsNoBoundToken()
    {
        using var bound = await _host.Http.PostAsJsonAsync("/webchat/token", new { user = "ben@example.com" });
        using var anonymous = await _host.Http.PostAsJsonAsync("/webchat/token", new { });

        Assert.Equal(HttpStatusCode.BadRequest, bound.StatusCode);
        Assert.False(JsonNode.Parse(await bound.Content.ReadAsStringAsync()) is JsonObject minted && minted["token"] is not null, "no token in the refusal");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Null((await anonymous.Content.ReadFromJsonAsync<JsonObject>())!["userId"]);
    }

    [Theory]
    [InlineData("GET", "/hangfire")]
    [InlineData("GET", "/hangfire/jobs/scheduled")]
    [InlineData("POST", "/hangfire/recurring/trigger")]
    [InlineData("GET", "/ops/cases/del_aaaaaaaaaaaaaaaaaaaaaaaaaa/audit")]
    public async Task OperatorSurfaces_InProduction_NeedTheOperatorCredentials(string method, string path)
    {
        var none = await SendAsync(method, path, null);
        var wrong = await SendAsync(method, path, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(FaultSettings.OperatorUser + ":guess"))));
        var right = await SendAsync(method, path, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(FaultSettings.OperatorUser + ":" + FaultSettings.OperatorPassword))));

        Assert.Contains(none, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(wrong, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        if (method == "GET")
        {
            Assert.DoesNotContain(right, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        }
        else
        {
            // The credentials are accepted, but a state-changing dashboard request also needs the dashboard's
            // anti-forgery token (docs/security.md), which this request does not carry.
            Assert.Equal(HttpStatusCode.Forbidden, right);
        }
    }

    private async Task<HttpStatusCode> SendAsync(string method, string path, AuthenticationHeaderValue? credentials)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = credentials;
        using var response = await _host.Http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<ChannelConversation.Delivery> DeliverAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _host.Http.SendAsync(request);
        return new ChannelConversation.Delivery(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType);
    }

    private static Task<IReadOnlyList<JsonObject>> RepliesAsync(ChannelConversation.Delivery delivery)
    {
        Assert.True(delivery.Status == HttpStatusCode.OK, $"HTTP {(int)delivery.Status} {delivery.Body}");
        return Task.FromResult<IReadOnlyList<JsonObject>>([.. JsonNode.Parse(delivery.Body)!["activities"]!.AsArray().OfType<JsonObject>()]);
    }
}
