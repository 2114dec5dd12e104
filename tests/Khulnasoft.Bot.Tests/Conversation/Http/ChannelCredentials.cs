using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The Bot Framework's side of authentication, run locally: an OpenID issuer (<see cref="TestIssuer"/>) that signs
/// the channel tokens Teams and Azure's Direct Line put on each POST (issuer <c>https://api.botframework.com</c>,
/// audience = the bot's app id, the <c>serviceurl</c> claim), and the Entra token endpoint the bot gets its own
/// outgoing token from (<see cref="FakeTokenEndpoint"/>). A host configured with <see cref="Apply"/> runs with a real
/// app id: unsigned or forged requests get 401, and the channel vouches for Teams users.
/// </summary>
public sealed class ChannelCredentials : IAsyncDisposable
{
    public const string AppId = "6c1f3a52-8d4e-4b7a-9f10-2e3d4c5b6a70";

    private ChannelCredentials(TestIssuer issuer, FakeTokenEndpoint tokens) => (Issuer, Tokens) = (issuer, tokens);

    public TestIssuer Issuer { get; }

    public FakeTokenEndpoint Tokens { get; }

    public static async Task<ChannelCredentials> StartAsync()
    {
        var issuer = await TestIssuer.StartAsync(AuthenticationConstants.ToBotFromChannelTokenIssuer);
        var tokens = await FakeTokenEndpoint.StartAsync();
        return new ChannelCredentials(issuer, tokens);
    }

    /// <summary>Gives <paramref name="host"/> the app id, the local issuer's metadata and the local token endpoint.</summary>
    public void Apply(ConversationHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Settings["MicrosoftAppType"] = BotAppTypes.MultiTenant;
        host.Settings["MicrosoftAppId"] = AppId;
        host.Settings["MicrosoftAppPassword"] = "conversation-tests-secret";
        host.Settings["ToBotFromChannelOpenIdMetadataUrl"] = Issuer.MetadataUrl;
        host.Settings["ToChannelFromBotLoginUrl"] = Tokens.LoginUrl;
        host.ServiceChanges.Add(services => services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(Tokens.CreateTrustingHandler));
    }

    /// <summary>What the channel sends in <c>Authorization</c> for an activity whose <c>serviceUrl</c> is <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string serviceUrl) => Issuer.CreateToken(new Dictionary<string, object>
    {
        ["iss"] = AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ["aud"] = AppId,
        [AuthenticationConstants.ServiceUrlClaim] = serviceUrl,
    });

    public async ValueTask DisposeAsync()
    {
        await Tokens.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
