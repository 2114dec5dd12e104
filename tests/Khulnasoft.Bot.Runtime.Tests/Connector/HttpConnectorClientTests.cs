using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Connector;

/// <summary>The Connector client (anonymous mode) against a fake Connector over real HTTP.</summary>
public sealed class HttpConnectorClientTests : IAsyncLifetime
{
    private const string TeamsThread = "19:abc@thread.tacv2;messageid=1712";
    private FakeChannelService _channel = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelService.StartAsync();
        _bot = await BotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private IConnectorClient Client(string? serviceUrl = null) =>
        _bot.App.Services.GetRequiredService<IConnectorClientFactory>().Create(serviceUrl ?? _channel.ServiceUrl);

    [Theory]
    [InlineData("/emea/")]
    [InlineData("/emea")]
    public async Task Paths_JoinTheServiceUrlWithOneSlashAndEncodeIds(string path)
    {
        var client = Client(_channel.BaseAddress + path);

        await client.ReplyToActivityAsync(TeamsThread, "id/1 2", Activity.CreateMessageActivity("hi"));
        await client.SendToConversationAsync(TeamsThread, Activity.CreateMessageActivity("hi"));
        await client.UpdateActivityAsync(TeamsThread, "1712", new Activity { Type = "message", Id = "1712", Text = "edited" });
        await client.DeleteActivityAsync(TeamsThread, "1712");
        var members = await client.GetConversationMembersAsync(TeamsThread);
        await client.CreateConversationAsync(new ConversationParameters { IsGroup = false, Members = [new ChannelAccount("29:u")] });

        const string conversation = "/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712";
        Assert.Equal(
            [
                "POST " + conversation + "/activities/id%2F1%202",
                "POST " + conversation + "/activities",
                "PUT " + conversation + "/activities/1712",
                "DELETE " + conversation + "/activities/1712",
                "GET " + conversation + "/members",
                "POST /emea/v3/conversations",
            ],
            _channel.Calls.Select(c => c.Method + " " + c.RawTarget));
        var member = Assert.Single(members);
        Assert.Equal("29:user", member.Id);
        Assert.Equal("dana@example.com", member.Properties!["email"].GetString());
    }

    [Fact]
    public async Task SendToConversation_ReturnsTheChannelsId()
    {
        var response = await Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi"));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal("hi", Assert.Single(_channel.Calls).Activity!.Text);
    }

    [Fact]
    public async Task Throttled429WithRetryAfter_IsRetried()
    {
        _channel.Enqueue(429, retryAfter: "1");

        var response = await Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi"));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(2, _channel.Calls.Count);
    }

    [Fact]
    public async Task ServerError500_IsRetried()
    {
        _channel.Enqueue(500);
        _channel.Enqueue(503);

        var response = await Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi"));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(3, _channel.Calls.Count);
    }

    [Fact]
    public async Task PersistentServerError_GivesUpAfterTheConfiguredRetries()
    {
        for (var i = 0; i < 4; i++)
        {
            _channel.Enqueue(500);
        }

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi")));

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal(4, _channel.Calls.Count);
    }

    [Fact]
    public async Task ErrorResponse_BecomesAConnectorExceptionWithStatusAndCode()
    {
        _channel.Enqueue(405, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"This channel does not support this operation\"}}");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().UpdateActivityAsync("c1", "a1", new Activity { Type = "message", Id = "a1" }));

        Assert.Equal(405, ex.StatusCode);
        Assert.Equal("BadArgument", ex.Code);
        Assert.Contains("This channel does not support this operation", ex.Message, StringComparison.Ordinal);
        Assert.Equal("op-1", ex.OperationId);
        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task ErrorWithoutAnErrorResponseBody_StillGivesTheStatus()
    {
        _channel.Enqueue(404, "<html>not found</html>");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi")));

        Assert.Equal(404, ex.StatusCode);
        Assert.Null(ex.Code);
    }

    [Fact]
    public async Task AnonymousMode_SendsNoAuthorizationHeader()
    {
        await Client().SendToConversationAsync("c1", Activity.CreateMessageActivity("hi"));

        Assert.Equal(string.Empty, Assert.Single(_channel.Calls).Authorization);
    }
}
