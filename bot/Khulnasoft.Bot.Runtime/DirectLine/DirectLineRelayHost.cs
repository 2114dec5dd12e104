using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Runs <see cref="DirectLineRedisRelay"/> when Redis is registered; does nothing with the memory store. The connection
/// is resolved when the host starts (it is opened asynchronously then), not when this service is constructed.
/// </summary>
internal sealed class DirectLineRelayHost(IServiceProvider services) : IHostedService
{
    private DirectLineRedisRelay? _relay;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<RedisConnection>() is { } connection)
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }

        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            _relay = new DirectLineRedisRelay(redis, services.GetRequiredService<DirectLineRedisKeys>(), services.GetRequiredService<DirectLineSignals>());
            await _relay.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => _relay?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
