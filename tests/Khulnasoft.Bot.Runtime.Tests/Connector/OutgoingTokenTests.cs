using System.Net;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Tests.Hosting;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Connector;

/// <summary>The bot's outgoing token (MSAL client credentials against a local token endpoint): cached, sent only to the Connector, refreshed once on 401.</summary>
public sealed class OutgoingTokenTests : IAsyncLifetime
{
    private FakeTokenEndpoint _tokens = null!;
    private FakeChannelService _channel = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _tokens = await FakeTokenEndpoint.StartAsync();
        _channel = await FakeChannelService.StartAsync();
        _bot = await BotServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = "bot-app-id",
                ["MicrosoftAppPassword"] = "bot-secret",
                ["ToChannelFromBotLoginUrl"] = _tokens.LoginUrl,
            },
            services => services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(_tokens.CreateTrustingHandler));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task SeveralSends_UseOneCachedTokenInTheAuthorizationHeader()
    {
        var factory = _bot.App.Services.GetRequiredService<IConnectorClientFactory>();
        var client = factory.Create(_channel.ServiceUrl);

        for (var i = 0; i < 3; i++)
        {
            await client.SendToConversationAsync("conv-1", Activity.CreateMessageActivity("hi " + i));
        }

        Assert.Equal(1, _tokens.Requests);
        Assert.All(_channel.Calls, call => Assert.Equal("Bearer token-1", call.Authorization));
        Assert.Contains("grant_type=client_credentials", _tokens.LastForm, StringComparison.Ordinal);
        Assert.Contains("client_id=bot-app-id", _tokens.LastForm, StringComparison.Ordinal);
        Assert.Contains("scope=https://api.botframework.com/.default", _tokens.LastForm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentFirstSends_ShareOneTokenRequest()
    {
        var client = _bot.App.Services.GetRequiredService<IConnectorClientFactory>().Create(_channel.ServiceUrl);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SendToConversationAsync("conv-1", Activity.CreateMessageActivity("hi " + i))));

        Assert.Equal(1, _tokens.Requests);
        Assert.Equal(8, _channel.Calls.Count);
    }

    [Fact]
    public async Task ConnectorAnswering401_ForcesOneRefreshAndOneRetry()
    {
        var client = _bot.App.Services.GetRequiredService<IConnectorClientFactory>().Create(_channel.ServiceUrl);
        _channel.Enqueue(401);

        var response = await client.SendToConversationAsync("conv-1", Activity.CreateMessageActivity("hi"));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(2, _tokens.Requests);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _channel.Calls.Select(c => c.Authorization));
    }

    [Fact]
    public async Task ConnectorAnswering401Twice_FailsWithAConnectorExceptionAfterOneRetry()
    {
        var client = _bot.App.Services.GetRequiredService<IConnectorClientFactory>().Create(_channel.ServiceUrl);
        _channel.Enqueue(401);
        _channel.Enqueue(401);

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("conv-1", Activity.CreateMessageActivity("hi")));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal(2, _channel.Calls.Count);
    }

    [Fact]
    public async Task ChannelTurnReply_CarriesTheBotToken()
    {
        // Anonymous requests are refused once an app id is set, so the turn is started proactively here.
        var reference = new ConversationReference
        {
            ServiceUrl = _channel.ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount("a:1"),
            Bot = new ChannelAccount("28:bot"),
            User = new ChannelAccount("29:user"),
        };

        await _bot.Adapter.ContinueConversationAsync("bot-app-id", reference, (turn, ct) => turn.SendActivityAsync("reminder", cancellationToken: ct), CancellationToken.None);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("Bearer token-1", call.Authorization);
    }

    [Fact]
    public async Task RequestWithoutToken_IsRefusedOnceAnAppIdIsSet()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "hi").ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.Calls);
    }
}
