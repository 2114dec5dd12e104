using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>Registers the Connector client, its resilient HttpClient and the token provider for the app type.</summary>
public static class ConnectorRegistration
{
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddOptionsWithValidateOnStart<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations();

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IAppTokenProvider>(sp =>
        {
            var auth = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            return auth.IsAuthenticationDisabled ? new AnonymousAppTokenProvider()
                : auth.AppType == BotAppTypes.UserAssignedMsi ? ActivatorUtilities.CreateInstance<ManagedIdentityAppTokenProvider>(sp)
                : ActivatorUtilities.CreateInstance<MsalAppTokenProvider>(sp);
        });

        services.AddHttpClient(HttpConnectorClientFactory.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect must never carry the bot's token to another host.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                var metrics = context.ServiceProvider.GetRequiredService<BotMetrics>();
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.MaxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetryAttempts,
                        Delay = options.RetryBaseDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                        OnRetry = arguments =>
                        {
                            metrics.ConnectorRetried(arguments.Outcome.Result is { } response
                                ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                                : arguments.Outcome.Exception?.GetType().Name ?? "unknown");
                            return default;
                        },
                    });
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });

        // The concrete factory stays resolvable so an in-process channel can decorate IConnectorClientFactory
        // (claim its own service URLs) and hand every other URL to the HTTP one.
        services.TryAddSingleton<HttpConnectorClientFactory>();
        services.TryAddSingleton<IConnectorClientFactory>(sp => sp.GetRequiredService<HttpConnectorClientFactory>());
        return services;
    }
}
