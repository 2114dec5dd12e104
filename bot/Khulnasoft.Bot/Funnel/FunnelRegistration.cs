using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// <c>builder.AddFunnel()</c>: the conversation's funnel events (<see cref="IFunnelEvents"/>, which the conversation's
/// steps call) counted in Redis when <c>Storage:RedisConnection</c> is set, else in memory; settings <c>Funnel:*</c>
/// (validated at start). The console reads them through <see cref="IFunnelStore"/>.
/// </summary>
public static class FunnelRegistration
{
    public static IHostApplicationBuilder AddFunnel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<FunnelOptions>().BindConfiguration(FunnelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IFunnelStore>(sp => sp.GetService<RedisConnection>() is { } redis
            ? new RedisFunnelStore(() => redis.Multiplexer, sp.GetRequiredService<RedisStorageOptions>(), sp.GetRequiredService<IOptions<FunnelOptions>>())
            : new MemoryFunnelStore(sp.GetRequiredService<IOptions<FunnelOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FunnelRecorder>();
        services.AddTransient<ConversationFunnel>();
        services.AddSingleton<IFunnelEvents>(sp => sp.GetRequiredService<FunnelRecorder>());
        return builder;
    }
}
