using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>Composes the runtime into a host: <c>builder.AddBotRuntime()</c>, then <c>app.MapBotMessages()</c>.</summary>
public static class BotRuntimeRegistration
{
    /// <summary>
    /// Registers the options (validated at start-up), inbound authentication, the Connector client and token
    /// provider, the <see cref="CloudAdapter"/> with the English <see cref="DefaultTurnErrorMessage"/> (unless an <see cref="ITurnErrorMessage"/> is registered) (also as <see cref="BotAdapter"/>), the <see cref="ProactiveSender"/> and <see cref="TimeProvider.System"/>
    /// unless a TimeProvider is already registered. The host registers its <see cref="IBot"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotRuntime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptionsWithValidateOnStart<BotHostingOptions>()
            .BindConfiguration(BotHostingOptions.SectionName)
            .ValidateDataAnnotations();
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.TryAddSingleton<ITurnErrorMessage, DefaultTurnErrorMessage>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.TryAddSingleton<ProactiveSender>();
        return builder;
    }

    /// <summary>
    /// Maps the messaging endpoint (all methods, so a GET gets a clear 405) to <see cref="CloudAdapter.ProcessAsync"/>
    /// with the <see cref="IBot"/> resolved per request.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, static context =>
        {
            var adapter = context.RequestServices.GetRequiredService<CloudAdapter>();
            var bot = context.RequestServices.GetRequiredService<IBot>();
            return adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        });
    }
}
