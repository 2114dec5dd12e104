using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>A host supplies the turn-error message (<see cref="ITurnErrorMessage"/>); the runtime uses it for a failed message and a failed invoke.</summary>
public sealed class TurnErrorMessageTests : IAsyncLifetime
{
    private FakeChannelService _channel = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelService.StartAsync();
        _bot = await BotServer.StartAsync(configure: services => services.AddSingleton<ITurnErrorMessage, ShoutingMessage>());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task AFailedTurn_IsAnsweredWithTheHostsMessage_ForTheTurnWithItsReference()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "fail").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(_bot.Log.Turns).CorrelationId!;
        Assert.Equal($"FAILED message {correlationId}", Assert.Single(_channel.Calls).Activity!.Text);
    }

    [Fact]
    public async Task AFailedInvoke_CarriesTheHostsMessage()
    {
        var response = await _bot.PostAsync(Activities.ExecuteInvoke(_channel.ServiceUrl, Activities.ExecuteValue("explode")).ToJsonString());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("FAILED invoke ", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private sealed class ShoutingMessage : ITurnErrorMessage
    {
        public string For(ITurnContext turnContext, string correlationId) => $"FAILED {turnContext.Activity.Type} {correlationId}";
    }
}
