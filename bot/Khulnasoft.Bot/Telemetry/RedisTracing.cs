using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// Hands the host's Redis connection to the StackExchange.Redis instrumentation once it is open (it opens while the
/// host starts, see <c>RedisConnection</c>), and only when traces are collected: the instrumentation profiles every
/// command of the connections it is given. Hangfire's own connection is not traced.
/// </summary>
public sealed class RedisTracing(IServiceProvider services) : IHostedService
{
    /// <summary>The service key the instrumentation is told to look under (nothing is registered there).</summary>
    public const string ServiceKey = "Khulnasoft.Bot.Telemetry.RedisTracing";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<TracerProvider>() is not null
            && services.GetService<StackExchangeRedisInstrumentation>() is { } instrumentation
            && services.GetService<IConnectionMultiplexer>() is { } multiplexer)
        {
            instrumentation.AddConnection(multiplexer);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
