using Khulnasoft.Bot.Runtime.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Adds the built-in Direct Line 3.0 server: <c>builder.AddDirectLine()</c> and <c>app.MapDirectLine()</c>.</summary>
public static class DirectLineRegistration
{
    private const string InnerConnectorKey = "Khulnasoft.DirectLine.InnerConnectorFactory";

    /// <summary>
    /// Registers the server. Call it after the HTTP connector is registered (AddBotRuntime): it wraps the registered
    /// <see cref="IConnectorClientFactory"/> so the Direct Line service URL is answered in-process. The store is
    /// Redis when an <see cref="IConnectionMultiplexer"/> is registered (with pub/sub across instances), else memory.
    /// </summary>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrEmpty(options.Secret) && environment.IsDevelopment())
                {
                    options.Secret = DirectLineOptions.DevelopmentSecret;
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<DirectLineSignals>();
        services.TryAddSingleton<DirectLineRedisKeys>();
        services.TryAddSingleton<IDirectLineStore>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisDirectLineStore(redis, sp.GetRequiredService<DirectLineRedisKeys>(), sp.GetRequiredService<IOptions<DirectLineOptions>>())
            : ActivatorUtilities.CreateInstance<MemoryDirectLineStore>(sp));
        services.AddHostedService(sp => new DirectLineRelayHost(sp));
        services.AddRateLimiter(_ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RateLimiterOptions>, DirectLineRateLimiterSetup>());
        services.TryAddSingleton<DirectLineChannel>();
        services.TryAddSingleton<DirectLineConnectorClient>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, DirectLineStartupFilter>());
        DecorateConnectorFactory(services);
        return builder;
    }

    /// <summary>
    /// Maps the Direct Line API under <c>/v3/directline</c>. The host must also call <c>app.UseRateLimiter()</c>, or
    /// the per-address limits of <see cref="DirectLineRateLimits"/> are not applied.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapDirectLineApi();
        return endpoints;
    }

    private static void DecorateConnectorFactory(IServiceCollection services)
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClientFactory) && !d.IsKeyedService);
        if (existing?.ImplementationType == typeof(DirectLineConnectorClientFactory))
        {
            return;
        }

        var lifetime = ServiceLifetime.Singleton;
        if (existing is not null)
        {
            services.Remove(existing);
            lifetime = existing.Lifetime;
            services.Add(existing switch
            {
                { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IConnectorClientFactory), InnerConnectorKey, instance),
                { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IConnectorClientFactory), InnerConnectorKey, (sp, _) => factory(sp), existing.Lifetime),
                _ => new ServiceDescriptor(typeof(IConnectorClientFactory), InnerConnectorKey, existing.ImplementationType!, existing.Lifetime),
            });
        }

        services.Add(new ServiceDescriptor(
            typeof(IConnectorClientFactory),
            sp => new DirectLineConnectorClientFactory(
                sp.GetRequiredService<DirectLineConnectorClient>(),
                sp.GetKeyedService<IConnectorClientFactory>(InnerConnectorKey)),
            lifetime));
    }
}
