using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>DI middleware order, the turn-error cleanup hook, and in-process callers of ProcessActivityAsync.</summary>
public sealed class PipelineTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _events = new();
    private FakeChannelService _channel = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelService.StartAsync();
        _bot = await BotServer.StartAsync(configure: services =>
        {
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("first", _events));
            services.AddSingleton<IMiddleware>(new RecordingMiddleware("second", _events));
            services.AddSingleton<ITurnErrorCleanup>(new RecordingCleanup("broken cleanup", _events, fail: true));
            services.AddSingleton<ITurnErrorCleanup>(new RecordingCleanup("clear state", _events, fail: false));
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task MiddlewareFromDi_RunsInRegistrationOrderAroundTheBot()
    {
        await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "hello").ToJsonString());

        Assert.Equal(["first:before", "second:before", "second:after", "first:after"], _events);
    }

    [Fact]
    public async Task FailedTurn_RunsEveryCleanupAfterTellingTheUser_EvenWhenOneThrows()
    {
        var response = await _bot.PostAsync(Activities.TeamsMessage(_channel.ServiceUrl, "fail").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["first:before", "second:before", "broken cleanup", "clear state"], _events);
        Assert.StartsWith("Sorry, something went wrong", Assert.Single(_channel.Calls).Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProcessChannel_CallsProcessActivityAsyncAndGetsExpectedReplies()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            Text = "two",
            ChannelId = "directline",
            ServiceUrl = "http://127.0.0.1:1/directline/",
            Conversation = new ConversationAccount("dl-1"),
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
            DeliveryMode = DeliveryModes.ExpectReplies,
            CallerId = "urn:forged",
        };

        var result = await _bot.Adapter.ProcessActivityAsync(BotIdentities.Anonymous(), activity, (turn, ct) => new TestBot(_bot.Log).OnTurnAsync(turn, ct), CancellationToken.None);

        Assert.Equal(200, result!.Status);
        var replies = result.Body.Deserialize<ExpectedReplies>(BotJson.Options)!;
        Assert.Equal(["first", "second"], replies.Activities.Select(a => a.Text));
        Assert.Null(_bot.Log.Turns.Single().Activity.CallerId);
        Assert.Empty(_channel.Calls);
    }

    private sealed class RecordingMiddleware(string name, ConcurrentQueue<string> events) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            events.Enqueue(name + ":before");
            await next(cancellationToken);
            events.Enqueue(name + ":after");
        }
    }

    private sealed class RecordingCleanup(string name, ConcurrentQueue<string> events, bool fail) : ITurnErrorCleanup
    {
        public Task CleanUpAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
        {
            events.Enqueue(name);
            return fail ? throw new InvalidOperationException("cleanup failed") : Task.CompletedTask;
        }
    }
}
