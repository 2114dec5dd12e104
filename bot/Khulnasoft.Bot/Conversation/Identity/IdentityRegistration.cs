using Khulnasoft.Bot.ConversationHooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// <c>builder.AddIdentity()</c>: one-time codes (options validated at start-up), the channel identity resolver, the
/// <see cref="IdentityDialog"/> and the <see cref="StepUpVerifier"/>. Needs <c>AddBotState()</c> (the
/// <see cref="Runtime.Storage.IStorage"/>), <c>AddAccounts()</c> and <c>AddMail()</c>.
/// </summary>
public static class IdentityRegistration
{
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OneTimeCodeOptions>().BindConfiguration(OneTimeCodeOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OneTimeCodeOptions>, OneTimeCodeOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChallengeHasher>();
        services.AddSingleton<ChallengeStore>();
        services.AddSingleton<IPostConfigureOptions<RedisStorageOptions>, ChallengeRecordExpiry>();
        services.AddSingleton<CodeMailOutbox>();
        services.AddHostedService<CodeMailDispatcher>();

        // Transient: they hold the typed KhulnasoftApiClient, whose HttpClient must not be captured by a singleton.
        services.AddTransient<OneTimeCodeService>();
        builder.AddConversationHooks();
        services.AddTransient<StepUpVerifier>();
        services.AddTransient<IdentityDialog>();
        return builder;
    }
}
