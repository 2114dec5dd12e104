using System.Diagnostics;
using StackExchange.Redis;

namespace Khulnasoft.TestSupport;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port, started for a test class or collection and stopped after it.
/// Set BOT_TEST_REDIS to use an existing server instead. A missing redis-server fails loudly: never skip.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    /// <summary>More <c>redis-server</c> arguments, e.g. <c>["--maxmemory", "1"]</c>; not used with BOT_TEST_REDIS.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    public int Port { get; private set; }

    /// <summary>A connection for assertions and cleanup; tests use their own key prefixes.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("BOT_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
        }
        else
        {
            Port = FreePort.Next();
            _process = RedisProcess.StartEphemeral(Port, ["--protected-mode", "yes", .. ExtraArguments]);
            ConnectionString = $"127.0.0.1:{Port}";
        }

        Connection = await ConnectWhenReadyAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    /// <summary>Stops the server (to simulate an outage); <see cref="RestartAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = RedisProcess.StartEphemeral(Port, ExtraArguments);
        await ConnectWhenReadyAsync(ConnectionString, dispose: true);
    }

    /// <summary>Connects once the server answers PING (15 s at most; a server still loading its AOF/RDB is waited for); with <paramref name="dispose"/>, only waits for it.</summary>
    public static async Task<IConnectionMultiplexer> ConnectWhenReadyAsync(string connectionString, bool dispose = false)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var connection = await ConnectionMultiplexer.ConnectAsync($"{connectionString},abortConnect=true,connectTimeout=1000");
                await connection.GetDatabase().PingAsync();
                if (dispose)
                {
                    await connection.DisposeAsync();
                }

                return connection;
            }
            catch (RedisException e) when ((e is RedisConnectionException || e.Message.StartsWith("LOADING", StringComparison.Ordinal)) && deadline.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(100);
            }
        }
    }
}
