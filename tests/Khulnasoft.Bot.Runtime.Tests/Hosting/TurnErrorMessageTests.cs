using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>A host supplies the turn-error message (<see cref="ITurnErrorMessage"/>); the runtime uses it for a failed message and a failed invoke.</summary>
public sealed class TurnErrorMessageTests
{
    [Fact]
    public async Task AFailedTurn_IsAnsweredWithTheHostsMessage_ForTheTurnWithItsReference()
    {
        await using var channel = await FakeChannelService.StartAsync();
        await using var bot = await StartWithShoutingMessageAsync();

        var response = await bot.PostAsync(Activities.TeamsMessage(channel.ServiceUrl, "fail").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(bot.Log.Turns).CorrelationId!;
        Assert.Equal($"FAILED message {correlationId}", Assert.Single(channel.Calls).Activity!.Text);
    }

    [Fact]
    public async Task AFailedInvoke_CarriesTheHostsMessage()
    {
        await using var channel = await FakeChannelService.StartAsync();
        await using var bot = await StartWithShoutingMessageAsync();

        var response = await bot.PostAsync(Activities.ExecuteInvoke(channel.ServiceUrl, Activities.ExecuteValue("explode")).ToJsonString());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("FAILED invoke ", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<BotServer> StartWithShoutingMessageAsync() =>
        BotServer.StartAsync(configure: services => services.AddSingleton<ITurnErrorMessage, ShoutingMessage>());

    private sealed class ShoutingMessage : ITurnErrorMessage
    {
        public string For(ITurnContext turnContext, string correlationId) => $"FAILED {turnContext.Activity.Type} {correlationId}";
    }
}
