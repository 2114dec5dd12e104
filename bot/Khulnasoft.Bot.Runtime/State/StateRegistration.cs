using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>Storage, bot state and the turn gate.</summary>
public static class StateRegistration
{
    /// <summary>
    /// Registers <see cref="IStorage"/> (<see cref="MemoryStorage"/>, with the section's TTLs, when <c>Storage:RedisConnection</c> is empty,
    /// otherwise <see cref="RedisStorage"/> on one <see cref="IConnectionMultiplexer"/>, opened asynchronously by
    /// <see cref="RedisConnection"/> while the host starts), the three bot states (also
    /// as <see cref="BotState"/>), the <see cref="TurnGateMiddleware"/> as an <see cref="IMiddleware"/> (call this
    /// before registering other middleware: it must run first), and with Redis a readiness check tagged <c>ready</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBotState(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RedisStorageOptions>()
            .Bind(builder.Configuration.GetSection(RedisStorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RedisStorageOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        var redis = builder.Configuration[$"{RedisStorageOptions.SectionName}:{nameof(RedisStorageOptions.RedisConnection)}"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            // Items expire after the same TTLs as Redis keys, so a long-running in-memory host does not grow for ever.
            services.TryAddSingleton<IStorage>(sp => new MemoryStorage(sp.GetRequiredService<RedisStorageOptions>(), sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<ITurnGateStore>(sp => new LocalTurnGateStore(
                sp.GetRequiredService<IStorage>(), sp.GetRequiredService<RedisStorageOptions>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            // Connected asynchronously while the host starts (never a blocking Connect on a request thread); it starts
            // even when Redis is down: /readyz reports it and turns get 503 until it is back.
            services.TryAddSingleton(sp => new RedisConnection(sp.GetRequiredService<RedisStorageOptions>()));
            services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
            services.TryAddSingleton(sp => sp.GetRequiredService<RedisConnection>().Multiplexer);
            services.TryAddSingleton(sp => new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<RedisStorageOptions>()));
            services.TryAddSingleton<IStorage>(sp => sp.GetRequiredService<RedisStorage>());
            services.TryAddSingleton<ITurnGateStore>(sp => new RedisTurnGateStore(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<RedisStorage>(), sp.GetRequiredService<RedisStorageOptions>()));
            services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: ["ready"]);
        }

        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new PrivateConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<UserState>());
        services.AddSingleton<BotState>(sp => sp.GetRequiredService<PrivateConversationState>());
        services.TryAddSingleton(sp => new TurnGateMiddleware(
            sp.GetRequiredService<ITurnGateStore>(),
            sp.GetServices<BotState>(),
            sp.GetRequiredService<RedisStorageOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnGateMiddleware>>()));
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TurnGateMiddleware>());
        return builder;
    }
}
