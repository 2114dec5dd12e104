using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Tests.DirectLine;
using Khulnasoft.Bot.Runtime.Tests.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>
/// Redis answering with an error (here <c>OOM</c>: a real redis-server whose <c>maxmemory</c> is below what it already
/// uses, with <c>noeviction</c>, refuses every write) is an outage like an unreachable server: 503 with Retry-After,
/// nothing lost, and the turn not recorded as processed, so the channel's re-delivery runs it once Redis is writable.
/// Has its own redis-server: it changes its memory limit.
/// </summary>
public sealed class RedisServerErrorTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new() { ExtraArguments = ["--maxmemory", "1", "--maxmemory-policy", "noeviction"] };
    private ConnectionMultiplexer _admin = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _admin = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true");
    }

    public async Task DisposeAsync()
    {
        await _admin.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task DirectLineStart_WhenRedisAnswersOom_Is503WithRetryAfter()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        await using var host = await DirectLineTestHost.StartAsync(connection, settings: new Dictionary<string, string?> { ["DirectLine:RedisKeyPrefix"] = $"oom:{Guid.NewGuid():N}:" });

        var (status, body) = await new DirectLineTestClient(host).StartAsync(DirectLineTestHost.Secret);
        await LiftMemoryLimitAsync();
        var (after, _) = await new DirectLineTestClient(host).StartAsync(DirectLineTestHost.Secret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("ServiceUnavailable", body["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, after);
    }

    [Fact]
    public async Task DirectLineStart_WhenRedisAnswersOom_SendsRetryAfter()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        await using var host = await DirectLineTestHost.StartAsync(connection, settings: new Dictionary<string, string?> { ["DirectLine:RedisKeyPrefix"] = $"oom:{Guid.NewGuid():N}:" });

        using var response = await host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "conversations", DirectLineTestHost.Secret));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Messages_WhenRedisAnswersOom_Is503WithRetryAfter_AndTheRedeliveryRunsTheTurn()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var (app, client) = await StartBotAsync();
        await using var _ = app;
        using var __ = client;
        var activity = Activities.TeamsMessage(channel.ServiceUrl, "hi").ToJsonString();

        using var refused = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        var refusedBody = await refused.Content.ReadAsStringAsync();
        await LiftMemoryLimitAsync();
        using var redelivered = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, JsonNode.Parse(refusedBody)!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var log = app.Services.GetRequiredService<TurnLog>();
        Assert.Single(log.Turns);
        var reply = Assert.Single(channel.Calls);
        Assert.Equal("echo: hi", reply.Activity!.Text);
    }

    private async Task<(WebApplication App, HttpClient Client)> StartBotAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:RedisConnection"] = _redis.ConnectionString,
            ["Storage:KeyPrefix"] = $"oom-{Guid.NewGuid():N}:",
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.050",
        });
        builder.AddBotRuntime();
        builder.AddBotState();
        builder.Services.AddSingleton<TurnLog>();
        builder.Services.AddTransient<IBot, TestBot>();
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    private async Task LiftMemoryLimitAsync() =>
        await _admin.GetServer(_admin.GetEndPoints()[0]).ConfigSetAsync("maxmemory", "0");
}
