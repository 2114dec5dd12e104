using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Runs <see cref="DirectLineRedisRelay"/> when Redis is registered; does nothing with the memory store.</summary>
internal sealed class DirectLineRelayHost(IServiceProvider services) : IHostedService
{
    private readonly DirectLineRedisRelay? _relay = services.GetService<IConnectionMultiplexer>() is { } redis
        ? new DirectLineRedisRelay(redis, services.GetRequiredService<DirectLineRedisKeys>(), services.GetRequiredService<DirectLineSignals>())
        : null;

    public Task StartAsync(CancellationToken cancellationToken) => _relay?.StartAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _relay?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
