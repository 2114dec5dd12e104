using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Tests.State;

[Collection(RedisCollection.Name)]
public sealed class StateRegistrationTests(RedisServer redis)
{
    private static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddBotState();
        return builder;
    }

    [Fact]
    public async Task NoRedisConnection_UsesMemoryStorage_AndTheTurnGateIsTheFirstMiddleware()
    {
        using var host = Builder().Build();
        await host.StartAsync();

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<LocalTurnGateStore>(host.Services.GetRequiredService<ITurnGateStore>());
        Assert.IsType<TurnGateMiddleware>(host.Services.GetServices<IMiddleware>().First());
        Assert.Same(host.Services.GetRequiredService<IStorage>(), host.Services.GetRequiredService<ConversationState>().Storage);
        Assert.Equal(3, host.Services.GetServices<BotState>().Count());
        await host.StopAsync();
    }

    [Fact]
    public async Task RedisConnection_UsesRedisStorage_AndReadinessReportsRedis()
    {
        using var host = Builder(("Storage:RedisConnection", redis.ConnectionString), ("Storage:KeyPrefix", $"reg-{Guid.NewGuid():N}:")).Build();
        await host.StartAsync();

        Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<RedisTurnGateStore>(host.Services.GetRequiredService<ITurnGateStore>());
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, report.Entries[RedisHealthCheck.Name].Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task RedisDown_TheHostStillStarts_ReadinessReportsIt_AndTurnsSeeStorageUnavailable()
    {
        var port = FreePort.Next();
        using var host = Builder(("Storage:RedisConnection", $"127.0.0.1:{port},connectTimeout=300,connectRetry=0,asyncTimeout=500,syncTimeout=500"), ("Storage:KeyPrefix", "down:")).Build();
        await host.StartAsync();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Unhealthy, report.Entries[RedisHealthCheck.Name].Status);
        var storage = host.Services.GetRequiredService<IStorage>();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync(["test/conversations/c"]));
        await host.StopAsync();
    }

    [Fact]
    public async Task TheConnection_IsOpenedWhileTheHostStarts_NotWhenFirstResolved()
    {
        using var host = Builder(("Storage:RedisConnection", redis.ConnectionString), ("Storage:KeyPrefix", $"reg-{Guid.NewGuid():N}:")).Build();
        var early = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IConnectionMultiplexer>());
        Assert.Contains("StartAsync", early.Message, StringComparison.Ordinal);

        await host.StartAsync();
        Assert.True(host.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected);
        Assert.Same(await host.Services.GetRequiredService<RedisConnection>().ConnectAsync(), host.Services.GetRequiredService<IConnectionMultiplexer>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Storage:KeyPrefix", "bot{x}:")]
    [InlineData("Storage:LeaseDuration", "00:00:00.1")]
    [InlineData("Storage:ProcessedActivityTtl", "00:00:05")]
    [InlineData("Storage:ConversationStateTtl", "-1.00:00:00")]
    [InlineData("Storage:KeyPrefixTtls:codes/", "-00:01:00")]
    public async Task InvalidSettings_StopTheHostAtStartUp(string key, string value)
    {
        using var host = Builder((key, value)).Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }
}
