using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// <c>builder.AddConversationHooks()</c>: what the features share about a turn, registered once whoever asks first
/// (the identity step, approvals and the handoff all call it). Needs <c>AddAccounts()</c> for the resolver's lookups.
/// </summary>
public static class ConversationHooksRegistration
{
    public static IHostApplicationBuilder AddConversationHooks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Transient: it holds the typed KhulnasoftApiClient, whose HttpClient must not be captured by a singleton.
        builder.Services.TryAddTransient<ChannelIdentityResolver>();
        return builder;
    }
}
