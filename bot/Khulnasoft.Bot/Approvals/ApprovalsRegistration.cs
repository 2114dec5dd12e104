using Khulnasoft.Bot.Conversation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// <c>builder.AddApprovals()</c>: the admin-approval route (<see cref="IApprovalRequests"/>, the card action handler
/// for approval clicks, the "approval requests" interceptor and the reminder/expiry jobs), with
/// <c>Approvals:*</c> and <c>Teams:*</c> validated at start-up. Needs <c>AddAccounts()</c>, <c>AddMail()</c>,
/// <c>AddJobs()</c>, <c>AddDeletion()</c> and the bot runtime.
/// </summary>
public static class ApprovalsRegistration
{
    public static IHostApplicationBuilder AddApprovals(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<ApprovalsOptions, ApprovalsOptionsValidator>().BindConfiguration(ApprovalsOptions.SectionName);
        services.AddSingleton<IValidateOptions<ApprovalsOptions>, ApprovalsTimingValidator>();
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Teams:ServiceUrl must be an absolute http(s) URL, e.g. https://smba.trafficmanager.net/teams/.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotName), "Teams:BotName must not be empty.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<ApprovalAudit>();
        services.AddSingleton<ApprovalLinks>();
        services.AddSingleton<ApprovalJobQueue>();
        services.AddTransient<SuperAdministrators>();
        services.AddTransient<ClickerIdentityResolver>();
        services.AddTransient<TeamsApprovalChannel>();
        services.AddTransient<ApprovalMail>();
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
