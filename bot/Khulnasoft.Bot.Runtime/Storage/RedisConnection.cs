using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// The one Redis connection of the host. It is opened asynchronously while the host starts (a hosted lifecycle
/// service: before any hosted service's <c>StartAsync</c> and before the web server takes requests), so no thread
/// ever blocks on connecting. With <c>AbortOnConnectFail=false</c> a Redis that is down does not stop the host: the
/// multiplexer keeps reconnecting, readiness reports it, and turns answer 503 until it is back.
/// </summary>
public sealed class RedisConnection : IHostedLifecycleService, IAsyncDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly Lock _lock = new();
    private Task<ConnectionMultiplexer>? _connecting;
    private volatile ConnectionMultiplexer? _multiplexer;

    public RedisConnection(RedisStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configuration = RetryingConfiguration(options.RedisConnection);
    }

    /// <summary>
    /// A connection string's options, with <c>AbortOnConnectFail=false</c>: a connection to a Redis that is down keeps
    /// retrying instead of throwing. Every Redis connection of the host is made with it (Hangfire's too).
    /// </summary>
    public static ConfigurationOptions RetryingConfiguration(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }

    /// <summary>The connected multiplexer. Available once the host has started (or <see cref="ConnectAsync"/> completed).</summary>
    public IConnectionMultiplexer Multiplexer =>
        _multiplexer ?? throw new InvalidOperationException(
                "The Redis connection is opened while the host starts: resolve IConnectionMultiplexer (and the Redis stores) after IHost.StartAsync, or await RedisConnection.ConnectAsync first.");

    /// <summary>Opens the connection (once; later calls share it) and returns the multiplexer.</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken = default)
    {
        Task<ConnectionMultiplexer> connecting;
        lock (_lock)
        {
            connecting = _connecting ??= ConnectionMultiplexer.ConnectAsync(_configuration);
        }

        var multiplexer = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        _multiplexer = multiplexer;
        return multiplexer;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => ConnectAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? connecting;
        lock (_lock)
        {
            connecting = _connecting;
        }

        if (connecting is not null)
        {
            // A connect still in flight is waited for, so its multiplexer (and its reconnect loop) doesn't outlive the host.
            var multiplexer = await connecting.ConfigureAwait(false);
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
