using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>Readiness: Redis answers a PING. Tagged <c>ready</c> so <c>/readyz</c> includes it and <c>/healthz</c> doesn't.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer connection) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis is unreachable.", e);
        }
        catch (TimeoutException e)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer in time.", e);
        }
    }
}
