using System.Net;
using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>
/// With the turn gate, an expectReplies answer reuses the replies the gate serialized for its processed-activity
/// record: over real HTTP the body is exactly the serializer's ExpectedReplies JSON, a re-delivery gets the same
/// body, and a reply sent after the gate (by middleware registered before it) is still in the answer.
/// </summary>
public sealed class ExpectRepliesAnswerTests
{
    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(bool appendAfterGate)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddBotRuntime();
        if (appendAfterGate)
        {
            // Registered before AddBotState, so it runs outside the gate and sends after the gate has recorded the turn.
            builder.Services.AddSingleton<IMiddleware, AppendAfterNext>();
        }

        builder.AddBotState();
        builder.Services.AddSingleton<IBot, TwoReplies>();
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    private static StringContent Message(string id) => new(
        $$"""{"type":"message","id":"{{id}}","channelId":"webchat","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c-{{id}}"},"text":"hi","deliveryMode":"expectReplies"}""",
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task Answer_IsTheExpectedRepliesJson_AndARedeliveryGetsTheSameBody()
    {
        var (app, client) = await StartAsync(appendAfterGate: false);
        await using var _ = app;
        using var __ = client;

        var first = await client.PostAsync("/api/messages", Message("a1"));
        var body = await first.Content.ReadAsStringAsync();
        var again = await (await client.PostAsync("/api/messages", Message("a1"))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Equal(Encoding.UTF8.GetByteCount(body), first.Content.Headers.ContentLength);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Equal(["one", "two"], replies.Activities.Select(a => a.Text));
        Assert.Equal(JsonSerializer.Serialize(replies, BotJson.Options), body);
        Assert.Equal(body, again);
    }

    [Fact]
    public async Task AReplySentAfterTheGate_IsStillInTheAnswer()
    {
        var (app, client) = await StartAsync(appendAfterGate: true);
        await using var _ = app;
        using var __ = client;

        var body = await (await client.PostAsync("/api/messages", Message("b1"))).Content.ReadAsStringAsync();

        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Equal(["one", "two", "after the gate"], replies.Activities.Select(a => a.Text));
    }

    private sealed class TwoReplies : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync("one", cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync("two", cancellationToken: cancellationToken);
        }
    }

    private sealed class AppendAfterNext : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await next(cancellationToken);
            await turnContext.SendActivityAsync("after the gate", cancellationToken: cancellationToken);
        }
    }
}
