using System.Net.Http.Headers;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.TestHost;

/// <summary>
/// Real Bot Framework authentication for a test host: the host gets a <c>MicrosoftAppId</c> and trusts a local OpenID
/// issuer (<see cref="TestIssuer"/>) as the channel's (<c>ToBotFromChannelOpenIdMetadataUrl</c>), so every activity
/// the test posts carries a signed channel token (iss <c>https://api.botframework.com</c>, aud = the app id,
/// <c>serviceurl</c> = the activity's) that the host's authenticator checks like any other; the bot's own outgoing
/// token comes from a local token endpoint (<see cref="FakeTokenEndpoint"/>) through MSAL.
/// </summary>
public sealed class ChannelTokens : IAsyncDisposable
{
    public const string AppId = "c0ffee00-0000-4000-8000-00000000b07a";
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly TestIssuer _issuer;
    private readonly FakeTokenEndpoint _tokens;

    private ChannelTokens(TestIssuer issuer, FakeTokenEndpoint tokens)
    {
        _issuer = issuer;
        _tokens = tokens;
    }

    /// <summary>The bot's Teams id in the chats it creates.</summary>
    public static string BotTeamsId => "28:" + AppId;

    /// <summary>Outgoing tokens the bot fetched (MSAL caches them, so usually 1).</summary>
    public int OutgoingTokenRequests => _tokens.Requests;

    public static async Task<ChannelTokens> StartAsync() =>
        new(await TestIssuer.StartAsync(ChannelIssuer), await FakeTokenEndpoint.StartAsync());

    /// <summary>The host settings that switch on authentication against the local issuer and token endpoint.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret-not-a-real-one",
        ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = _tokens.LoginUrl,
    };

    /// <summary>Lets MSAL (and only MSAL) trust the local token endpoint's certificate.</summary>
    public void ConfigureServices(IServiceCollection services) =>
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(_tokens.CreateTrustingHandler);

    /// <summary>A channel token for an activity whose <c>serviceUrl</c> is <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string serviceUrl) => _issuer.CreateToken(new Dictionary<string, object>
    {
        ["iss"] = ChannelIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl,
    });

    /// <summary>Adds <c>Authorization: Bearer</c> with a channel token for <paramref name="serviceUrl"/>.</summary>
    public void Authorize(HttpRequestMessage request, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ChannelToken(serviceUrl));
    }

    public async ValueTask DisposeAsync()
    {
        await _issuer.DisposeAsync();
        await _tokens.DisposeAsync();
    }
}
