using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// "auf Deutsch" / "speak English": switches the language at once, remembers it in user state, and asks the current
/// question again in the new language. Anywhere, unless a human agent owns the conversation.
/// </summary>
public sealed class LanguageSwitch(LanguagePreferences preferences, ConversationDialogs dialogs) : IMessageInterceptor
{
    public int Order => InterceptorOrder.FeatureCommand;

    public async Task<bool> TryInterceptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (ConversationPhrases.RecognizeLanguage(activity) is not { } language)
        {
            return false;
        }

        await preferences.SetAsync(turnContext, new LanguagePreference(language.Name, activity.Locale), cancellationToken).ConfigureAwait(false);
        TurnCulture.Use(language, activity.Locale, UserClock.Zone);
        await turnContext.SendActivityAsync(ConversationTexts.LanguageChanged, cancellationToken: cancellationToken).ConfigureAwait(false);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
