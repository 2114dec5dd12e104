using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Hosting;
using Khulnasoft.Bot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// <c>builder.AddApprovals()</c>: the admin-approval route (<see cref="IApprovalRequests"/>, the card action handler
/// for approval clicks, the "approval requests" interceptor and the reminder/expiry jobs), with <c>Approvals:*</c>
/// validated at start-up (<c>Teams:*</c> through <c>AddTeams()</c>, called here). Who clicked is answered by the
/// shared <c>ChannelIdentityResolver</c> (ConversationHooks). Needs <c>AddAccounts()</c>, <c>AddMail()</c>, <c>AddJobs()</c>,
/// <c>AddDeletion()</c> and the bot runtime.
/// </summary>
public static class ApprovalsRegistration
{
    public static IHostApplicationBuilder AddApprovals(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<ApprovalsOptions, ApprovalsOptionsValidator>().BindConfiguration(ApprovalsOptions.SectionName);
        services.AddSingleton<IValidateOptions<ApprovalsOptions>, ApprovalsTimingValidator>();
        builder.AddTeams();
        builder.AddConversationHooks();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<ApprovalAudit>();
        ListeningAddress.Register(services);
        services.AddSingleton<ApprovalLinks>();
        services.AddSingleton<ApprovalJobQueue>();
        services.AddTransient<SuperAdministrators>();
        services.AddTransient<TeamsApprovalChannel>();
        services.AddTransient<ApprovalMail>();
        services.AddTransient<ApproverCandidates>();
        services.AddTransient<ApprovalMessenger>();
        services.AddTransient<ApprovalFollowUp>();
        services.AddTransient<ApprovalRequester>();
        services.AddTransient<ApprovalDecisions>();
        services.AddTransient<ApprovalJobs>();
        services.AddTransient<ApprovalService>();
        services.AddTransient<IApprovalRequests>(sp => sp.GetRequiredService<ApprovalService>());
        services.AddTransient<ICardActionHandler>(sp => sp.GetRequiredService<ApprovalService>());
        services.AddTransient<IMessageInterceptor, ApprovalInbox>();
        return builder;
    }
}
