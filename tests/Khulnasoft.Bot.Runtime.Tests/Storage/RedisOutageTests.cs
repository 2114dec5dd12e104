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
