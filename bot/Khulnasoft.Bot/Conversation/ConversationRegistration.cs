using Khulnasoft.Bot.Conversation.Steps;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Hosting;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Conversation;

/// <summary>Registers the bot (the <see cref="IBot"/> the messaging endpoint runs), the deletion conversation and its reset after a failed turn.</summary>
public static class ConversationRegistration
{
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ConversationOptions>()
            .Bind(builder.Configuration.GetSection(ConversationOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.DashboardBaseUrl))
                {
                    o.DashboardBaseUrl = ConversationOptions.DefaultDashboardBaseUrl; // sandbox mode sets its dashboard before this (host composition)
                }
            })
            .Validate(o => Uri.TryCreate(o.HelpBaseUrl, UriKind.Absolute, out _), "Conversation:HelpBaseUrl must be an absolute URL.")
            .Validate(o => o.IdentityReuse > TimeSpan.Zero, "Conversation:IdentityReuse must be positive.")
            .Validate(o => o.FailuresBeforeHuman >= 1, "Conversation:FailuresBeforeHuman must be at least 1.")
            .Validate(o => SupportedCultures.Match(o.DefaultCulture) is not null,
                "Conversation:DefaultCulture must be a language the bot speaks: " + string.Join(", ", SupportedCultures.All.Select(c => c.Name)) + ".")
            .ValidateOnStart();
        ListeningAddress.Register(builder.Services);
        builder.Services.AddSingleton<DeletionLinks>();
        builder.Services.AddSingleton<ConversationAccessors>();
        builder.Services.AddSingleton<LanguagePreferences>();
        builder.Services.AddSingleton<DeletionProgressStore>();
        builder.Services.AddSingleton<DeletionStages>();
        builder.Services.AddSingleton<IMiddleware, TurnCultureMiddleware>(); // after the turn gate (AddBotState), which reads the user's state
        builder.Services.AddTransient<DeletionPlanner>();
        builder.Services.AddTransient<ChecklistReader>();
        builder.Services.AddTransient<HandoffContextBuilder>();
        builder.Services.AddTransient<IdentifyStep>();
        builder.Services.AddTransient<RouteStep>();
        builder.Services.AddTransient<ChecklistDialog>();
        builder.Services.AddTransient<InvoicesStep>();
        builder.Services.AddTransient<ConfirmStep>();
        builder.Services.AddTransient<ResumeDialog>();
        builder.Services.AddTransient<DeletionDialog>();
        builder.Services.AddTransient<CaseCommandDialog>();
        builder.Services.AddTransient<ConversationDialogs>();
        builder.Services.AddTransient<ConversationHelp>();
        builder.Services.AddTransient<HumanHandoff>();
        builder.Services.AddTransient<GroupConversations>();
        builder.Services.AddTransient<IConversationResumer>(sp => sp.GetRequiredService<ConversationDialogs>());
        builder.Services.AddTransient<IBot, KhulnasoftActivityHandler>();
        builder.Services.AddSingleton<ITurnErrorCleanup, ConversationReset>();
        builder.Services.AddSingleton<ITurnErrorMessage, LocalizedTurnErrorMessage>(); // replaces the runtime's English default
        return builder;
    }
}
