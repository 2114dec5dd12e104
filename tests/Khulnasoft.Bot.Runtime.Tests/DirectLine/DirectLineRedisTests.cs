using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>Two server instances share conversations through a real redis-server (store and pub/sub).</summary>
[Collection(DirectLineRedisCollection.Name)]
public sealed class DirectLineRedisTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:dl:";
    private readonly List<IConnectionMultiplexer> _connections = [];
    private DirectLineTestHost _a = null!;
    private DirectLineTestHost _b = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:RedisKeyPrefix"] = _prefix };
        _a = await DirectLineTestHost.StartAsync(await ConnectAsync(), settings: settings);
        _b = await DirectLineTestHost.StartAsync(await ConnectAsync(), settings: settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task StoreIsRedis_WhenAConnectionMultiplexerIsRegistered()
    {
        Assert.IsType<RedisDirectLineStore>(_a.Services.GetRequiredService<IDirectLineStore>());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task WebSocketOnInstanceA_ReceivesActivitiesPostedOnInstanceB()
    {
        var (conversationId, token, streamUrl) = await new DirectLineTestClient(_a).StartConversationAsync("dl_ada");
        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);

        await new DirectLineTestClient(_b).SendAsync(conversationId, token, "posted on B", "b-1");
        var received = await DirectLineTestClient.ReadStreamUntilAsync(socket, r => r.Count >= 2);

        Assert.Equal(["posted on B", "echo: posted on B"], received.Select(DirectLineTestClient.Text));
        Assert.Equal("b-1", received[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Single(_b.Bot.Received, a => a.Type == "message");
        Assert.DoesNotContain(_a.Bot.Received, a => a.Type == "message");
    }

    [Fact]
    public async Task ConversationStartedOnA_IsReadableWithWatermarksOnB()
    {
        var clientA = new DirectLineTestClient(_a);
        var clientB = new DirectLineTestClient(_b);
        var (conversationId, token, _) = await clientA.StartConversationAsync("dl_ada");
        await clientA.SendAsync(conversationId, token, "one", "c1");

        var (first, watermark) = await clientB.GetActivitiesAsync(conversationId, token);
        await clientB.SendAsync(conversationId, token, "two", "c2");
        var (second, last) = await clientA.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal(["one", "echo: one"], first.Select(DirectLineTestClient.Text));
        Assert.Equal(["two", "echo: two"], second.Select(DirectLineTestClient.Text));
        Assert.Equal("4", last);
        Assert.Equal(conversationId + "|0000004", second[1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Keys_HaveTheRetentionTtl()
    {
        var client = new DirectLineTestClient(_a);
        var (conversationId, token, _) = await client.StartConversationAsync("dl_ada");
        await client.SendAsync(conversationId, token, "hello", "c1");

        var db = redis.Connection.GetDatabase();
        var keys = new[] { "", ":seq", ":activities", ":members" }.Select(s => (RedisKey)$"{_prefix}conv:{{{conversationId}}}{s}");
        foreach (var key in keys)
        {
            var ttl = await db.KeyTimeToLiveAsync(key);
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromHours(23), TimeSpan.FromDays(1));
        }
    }

    [Fact]
    public async Task RedisOutage_Answers503WithRetryAfter_AndServiceResumesAfterwards()
    {
        var client = new DirectLineTestClient(_a);
        var (conversationId, token, _) = await client.StartConversationAsync("dl_ada");

        await redis.StopAsync();
        HttpResponseMessage during;
        try
        {
            during = await _a.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}/activities", token));
        }
        finally
        {
            await redis.RestartAsync();
        }

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal("5", during.Headers.GetValues("Retry-After").Single());
        during.Dispose();
    }

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        _connections.Add(connection);
        return connection;
    }
}
