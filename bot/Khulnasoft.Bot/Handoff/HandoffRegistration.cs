using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// <c>builder.AddHandoff()</c>: <see cref="IHandoffRequests"/>, the relay (<see cref="IMessageInterceptor"/>), the agents'
/// buttons (<see cref="ICardActionHandler"/>), the transcript recorder and the <c>handoff.status</c> middleware, the
/// timeout and follow-up jobs, and the <c>Support</c> options (validated at start-up; <c>Teams</c> through
/// <c>AddTeams()</c>, called here). Call it after <c>AddBotState()</c> (the turn gate must run before its middleware),
/// <c>AddJobs()</c>, <c>AddDeletion()</c> and <c>AddMail()</c>.
/// </summary>
public static class HandoffRegistration
{
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<SupportOptions>().BindConfiguration(SupportOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SupportOptions>, SupportOptionsValidator>());
        builder.AddTeams();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HandoffStore>();
        services.TryAddSingleton<TranscriptStore>();
        services.TryAddSingleton<AgentMessenger>();
        services.TryAddSingleton<OfferCards>();
        services.TryAddSingleton<HandoffAudit>();

        // Transient, like most of the services they take.
        services.TryAddTransient<AgentDirectory>();
        services.TryAddTransient<HandoffService>();
        services.TryAddTransient<IHandoffRequests>(sp => sp.GetRequiredService<HandoffService>());
        services.TryAddTransient<HandoffAccepting>();
        services.TryAddTransient<HandoffTransfers>();
        services.TryAddTransient<HandoffEndings>();
        services.TryAddSingleton<Func<HandoffEndings>>(sp => () => sp.GetRequiredService<HandoffEndings>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IMessageInterceptor, HandoffRelay>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<ICardActionHandler, HandoffCardActions>());
        services.AddTransient<HandoffTimeoutJob>();
        services.AddTransient<HandoffFollowUpJob>();

        // Pipeline order is registration order: the recorder wraps the status middleware, so what it says is recorded.
        services.TryAddSingleton<TranscriptRecorder>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TranscriptRecorder>());
        services.TryAddSingleton<HandoffStatusMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<HandoffStatusMiddleware>());
        return builder;
    }
}
