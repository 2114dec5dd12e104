using System.Net;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Tests.Hosting;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Runtime.Tests.Auth;

/// <summary>
/// Inbound authentication against a local OpenID issuer (protocol doc §3.1): a valid channel token reaches the bot;
/// every forged or broken one gets 401 and never does.
/// </summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private const string AppId = "bot-app-id";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    private TestIssuer _issuer = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestIssuer.StartAsync(ChannelIssuer);
        _bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ValidChannelToken_ReachesTheBotWithTheAzureCallerId()
    {
        var response = await PostAsync(ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_bot.Log.Turns);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, turn.Activity.CallerId);
        Assert.True(turn.Identity!.IsAuthenticated);
        Assert.Equal(AppId, turn.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task ServiceUrlClaim_IsComparedIgnoringCase()
    {
        var response = await PostAsync(ChannelToken(serviceUrl: ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var response = await PostAsync(ChannelToken(expires: DateTime.UtcNow.AddMinutes(-2), notBefore: DateTime.UtcNow.AddHours(-1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ValidEmulatorToken_ReachesTheBot()
    {
        var token = _issuer.CreateToken(new Dictionary<string, object> { ["iss"] = EmulatorIssuer, ["aud"] = AppId, ["ver"] = "2.0", ["azp"] = AppId });

        var response = await PostAsync(token, channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Log.Turns);
    }

    [Fact]
    public async Task ValidV1EmulatorToken_IsMatchedThroughTheAppIdClaim()
    {
        var token = _issuer.CreateToken(new Dictionary<string, object> { ["iss"] = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", ["ver"] = "1.0", ["appid"] = AppId });

        var response = await PostAsync(token, channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, Assert.Single(_bot.Log.Turns).Activity.CallerId);
    }

    public static TheoryData<string> ForgedTokens() =>
    [
        "expired", "wrong audience", "wrong issuer", "serviceurl mismatch", "serviceurl missing", "missing endorsement",
        "unsigned", "tampered", "unknown key", "emulator token for another app", "not a jwt", "basic scheme", "no header",
    ];

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task ForgedOrBrokenToken_Is401AndNeverReachesTheBot(string kind)
    {
        var header = kind switch
        {
            "expired" => Bearer(ChannelToken(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddHours(-2))),
            "wrong audience" => Bearer(ChannelToken(audience: "another-bot")),
            "wrong issuer" => Bearer(ChannelToken(issuer: "https://api.botframework.example")),
            "serviceurl mismatch" => Bearer(ChannelToken(serviceUrl: "https://evil.example/emea/")),
            "serviceurl missing" => Bearer(ChannelToken(serviceUrl: null)),
            "missing endorsement" => Bearer(ChannelToken(keyId: TestIssuer.TeamsOnlyKeyId)),
            "unsigned" => Bearer(TestIssuer.WithoutSignature(ChannelToken())),
            "tampered" => Bearer(TestIssuer.Tampered(ChannelToken(), "aud", AppId + "-x")),
            "unknown key" => Bearer(ChannelToken(keyId: TestIssuer.UnpublishedKeyId)),
            "emulator token for another app" => Bearer(_issuer.CreateToken(new Dictionary<string, object> { ["iss"] = EmulatorIssuer, ["ver"] = "2.0", ["azp"] = "another-bot" })),
            "not a jwt" => "Bearer not-a-jwt",
            "basic scheme" => "Basic " + ChannelToken(),
            _ => null,
        };

        var activity = Activities.TeamsMessage(ServiceUrl, "hi", DeliveryModes.ExpectReplies);
        activity["channelId"] = "directline";

        var response = await _bot.PostAsync(activity.ToJsonString(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_bot.Log.Turns);
    }

    [Fact]
    public async Task SigningKeyEndorsingTheChannel_IsAccepted()
    {
        var response = await PostAsync(ChannelToken(keyId: TestIssuer.TeamsOnlyKeyId), channelId: "msteams");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SigningKeyNotEndorsingTheChannel_Is401()
    {
        var response = await PostAsync(ChannelToken(keyId: TestIssuer.TeamsOnlyKeyId), channelId: "webchat");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnreachableOpenIdMetadata_Is503SoTheChannelRetries_AndNeverReachesTheBot()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["ToBotFromChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{Khulnasoft.TestSupport.FreePort.Next()}/v1/.well-known/openidconfiguration",
        });
        var activity = Activities.TeamsMessage(ServiceUrl, "hi", DeliveryModes.ExpectReplies);

        var response = await bot.PostAsync(activity.ToJsonString(), Bearer(ChannelToken()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(bot.Log.Turns);
    }

    private Task<HttpResponseMessage> PostAsync(string token, string channelId = "directline")
    {
        var activity = Activities.TeamsMessage(ServiceUrl, "hi", DeliveryModes.ExpectReplies);
        activity["channelId"] = channelId;
        return _bot.PostAsync(activity.ToJsonString(), Bearer(token));
    }

    private static string Bearer(string token) => "Bearer " + token;

    private string ChannelToken(string? issuer = ChannelIssuer, string audience = AppId, string? serviceUrl = ServiceUrl, string keyId = TestIssuer.EndorsedKeyId, DateTime? expires = null, DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object> { ["aud"] = audience };
        if (issuer is not null)
        {
            claims["iss"] = issuer;
        }

        if (serviceUrl is not null)
        {
            claims[AuthenticationConstants.ServiceUrlClaim] = serviceUrl;
        }

        return _issuer.CreateToken(claims, keyId, notBefore, expires);
    }
}
