using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Subscribes to the Redis channel on which every instance announces appended activities, and wakes the local
/// streams of that conversation. This is how a WebSocket on instance A sees a reply produced on instance B.
/// </summary>
public sealed class DirectLineRedisRelay(IConnectionMultiplexer redis, DirectLineRedisKeys keys, DirectLineSignals signals) : IHostedService
{
    /// <summary>
    /// Subscribes. With Redis down (the host starts anyway and says so on <c>/readyz</c>) the subscription stays
    /// registered with the connection, which sends it when it connects, as it does after every reconnect.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(keys.Appended, (_, conversationId) => signals.Notify(conversationId.ToString()))
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisConnectionException) when (!redis.IsConnected)
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(keys.Appended).WaitAsync(cancellationToken);
}
