using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Registers inbound authentication: options from the configuration root (SDK key names), validated at start-up.</summary>
public static class BotAuthenticationRegistration
{
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddHostedService<AnonymousModeWarning>();
        // The authenticator keeps its HttpClient for the app's lifetime, so connections are recycled for DNS changes.
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.TryAddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();
        return services;
    }
}
