using System.Globalization;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The conversation's top-level dialogs (deletion, and the commands that need the user's identity) over the dialog stack in conversation
/// state. Also brings the user back to where they were (<see cref="IConversationResumer"/>) after a human agent hands
/// the conversation back, and asks the current question again after the user switched the language.
/// </summary>
public sealed class ConversationDialogs : IConversationResumer
{
    private readonly DialogSet _dialogs;
    private readonly LanguagePreferences _languages;

    public ConversationDialogs(ConversationAccessors accessors, DeletionDialog deletion, CaseCommandDialog caseCommand, LanguagePreferences languages)
    {
        ArgumentNullException.ThrowIfNull(accessors);
        _dialogs = new DialogSet(accessors.DialogState).Add(deletion).Add(caseCommand);
        _languages = languages;
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _dialogs.CreateContextAsync(turnContext, cancellationToken);

    /// <summary>
    /// "auf Deutsch" / "speak English": switches the language at once, remembers it in user state (with the locale the
    /// client sent, which the choice then wins over), and asks the current question again.
    /// </summary>
    public async Task SwitchLanguageAsync(ITurnContext turnContext, CultureInfo language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(language);
        var locale = turnContext.Activity.Locale;
        await _languages.SetAsync(turnContext, new LanguagePreference(language.Name, locale), cancellationToken).ConfigureAwait(false);
        TurnCulture.Use(language, locale, UserClock.Zone);
        await turnContext.SendActivityAsync(ConversationTexts.LanguageChanged, cancellationToken: cancellationToken).ConfigureAwait(false);
        var dc = await CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null)
        {
            await turnContext.SendActivityAsync(ConversationTexts.ResumedIdle,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(ConversationTexts.ResumedActive, cancellationToken: cancellationToken).ConfigureAwait(false);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }
}
