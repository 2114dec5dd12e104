using System.Globalization;
using Khulnasoft.Bot.Runtime.DirectLine;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// The relay of an instance that starts while Redis is down: its start does not fail (the host would exit), and once
/// Redis is up an append announced by another instance wakes this instance's streams.
/// </summary>
public sealed class DirectLineRelayRedisDownTests
{
    [Fact]
    public async Task StartedWhileRedisIsDown_TheRelaySubscribesOnceRedisIsUp()
    {
        var port = FreePort.Next();
        var endpoint = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{endpoint},abortConnect=false,connectTimeout=500,asyncTimeout=1000");
        var keys = new DirectLineRedisKeys(Options.Create(new DirectLineOptions { RedisKeyPrefix = "relay-down:" }));
        var signals = new DirectLineSignals();
        var relay = new DirectLineRedisRelay(connection, keys, signals);
        using var stream = signals.Subscribe("c1");

        await relay.StartAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        using var redis = RedisProcess.StartEphemeral(port);
        try
        {
            await using var other = await RedisServer.ConnectWhenReadyAsync(endpoint);
            var woken = false;
            for (var attempt = 0; attempt < 100 && !woken; attempt++)
            {
                await other.GetSubscriber().PublishAsync(keys.Appended, "c1");
                woken = await stream.WaitAsync(TimeSpan.FromMilliseconds(200), TimeProvider.System, CancellationToken.None);
            }

            Assert.True(woken, "an append announced once Redis is up wakes the stream");
        }
        finally
        {
            redis.Kill(entireProcessTree: true);
            await redis.WaitForExitAsync();
        }
    }
}
