using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>The language a user chose ("auf Deutsch", "speak English"), remembered in user state (per channel user).</summary>
public sealed class LanguagePreferences(UserState userState)
{
    private readonly IStatePropertyAccessor<LanguagePreference> _preference = userState.CreateProperty<LanguagePreference>("language");

    /// <summary>The saved choice, or null (none, or a turn without a user id).</summary>
    public Task<LanguagePreference?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return HasUser(turnContext) ? _preference.GetAsync(turnContext, cancellationToken: cancellationToken) : Task.FromResult<LanguagePreference?>(null);
    }

    public Task SetAsync(ITurnContext turnContext, LanguagePreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return HasUser(turnContext) ? _preference.SetAsync(turnContext, preference, cancellationToken) : Task.CompletedTask;
    }

    private static bool HasUser(ITurnContext turnContext) =>
        !string.IsNullOrEmpty(turnContext.Activity.From?.Id) && !string.IsNullOrEmpty(turnContext.Activity.ChannelId);
}
