using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Teams;

/// <summary>
/// <c>builder.AddTeams()</c>: <c>Teams:*</c> (validated at start-up) and <see cref="TeamsPersonalChats"/>, the one way
/// the approvals and the agent hub open a personal chat with someone. Needs the bot runtime (Connector, app id).
/// Safe to call more than once.
/// </summary>
public static class TeamsRegistration
{
    public static IHostApplicationBuilder AddTeams(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton<TeamsPersonalChats>();
        return builder;
    }
}
