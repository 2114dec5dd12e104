using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>Has its own redis-server: it stops it.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly RedisServer _server = new();
    private ConnectionMultiplexer _connection = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync($"{_server.ConnectionString},abortConnect=false,asyncTimeout=1000,connectTimeout=1000");
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AfterARestart_TheFirstScriptsGoAsTextAgain_SoTheyStayInOrder()
    {
        // A restarted Redis holds no scripts. Were the first script sent by its hash, it would be answered NOSCRIPT and
        // sent again behind the release queued after it.
        var append = new RedisScript("redis.call('RPUSH', KEYS[1], ARGV[1]); return redis.call('LLEN', KEYS[1])");
        var pipeline = new RedisScriptPipeline(_connection);
        Assert.Equal(1, (int)await pipeline.EvaluateAsync(append, ["before"], ["cached"]));
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _connection.ConnectionRestored += (_, _) => restored.TrySetResult();

        await _server.RestartAsync();
        await restored.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var first = pipeline.EvaluateAsync(append, ["after"], ["first"]);
        pipeline.Send(append, ["after"], ["sent"]);
        var last = pipeline.EvaluateAsync(append, ["after"], ["last"]);

        Assert.Equal(1, (int)await first);
        Assert.Equal(3, (int)await last);
        Assert.Equal(["first", "sent", "last"], (await _connection.GetDatabase().ListRangeAsync("after")).Select(v => (string)v!));
    }

    [Fact]
    public async Task RedisDown_ThrowsStorageUnavailable_AndWorksAgainAfterRestart()
    {
        var storage = new RedisStorage(_connection, new RedisStorageOptions { KeyPrefix = "outage:" });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "before" } });

        await _server.StopAsync();
        var write = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "during" } }));
        Assert.Contains("Redis", write.Message, StringComparison.Ordinal);
        Assert.Contains("retried", write.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["k"]));

        await _server.RestartAsync();
        // The multiplexer reconnects on its own heartbeat; wait for that (bounded), then the store works again.
        for (var attempt = 0; !_connection.IsConnected && attempt < 100; attempt++)
        {
            await Task.Delay(100);
        }

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "after" } });
        Assert.Equal("after", (await storage.ReadAsync<Note>(["k"]))["k"].Text);
    }
}
