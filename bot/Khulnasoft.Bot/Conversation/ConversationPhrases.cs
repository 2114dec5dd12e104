using System.Text.RegularExpressions;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// What a message asks for outside the dialog's own questions: start a deletion, its status, undo, the history, a
/// human, help, a copy of my data — typed (English and German) or by card button (<c>value.action</c>).
/// </summary>
public static partial class ConversationPhrases
{
    public static ConversationCommand Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CardMessages.ActionOf(activity) is { } action)
        {
            return action switch
            {
                CardActions.DeletionStart => ConversationCommand.StartDeletion,
                CardActions.DeletionStatus => ConversationCommand.Status,
                CardActions.DeletionUndo => ConversationCommand.Undo,
                CardActions.DeletionResume => ConversationCommand.ResumeBlocked,
                CardActions.HandoffRequest => ConversationCommand.TalkToHuman,
                CardActions.Help => ConversationCommand.Help,
                CardActions.DataExportSend => ConversationCommand.DataExport,
                _ => ConversationCommand.None,
            };
        }

        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return ConversationCommand.None;
        }

        var text = Normalize(activity.Text);
        return text switch
        {
            _ when Start().IsMatch(text) => ConversationCommand.StartDeletion,
            _ when Undo().IsMatch(text) => ConversationCommand.Undo,
            _ when History().IsMatch(text) => ConversationCommand.History,
            _ when Human().IsMatch(text) => ConversationCommand.TalkToHuman,
            _ when DataExport().IsMatch(text) => ConversationCommand.DataExport,
            "status" or "check my deletion status" or "deletion status" or "what is my status" or "löschstatus" => ConversationCommand.Status,
            "help" or "?" or "hilfe" or "what can you do" => ConversationCommand.Help,
            "cancel" or "abbrechen" or "stop" => ConversationCommand.Cancel,
            "resume" or "resume my deletion" => ConversationCommand.ResumeBlocked,
            "continue my deletion" or "löschung fortsetzen" or "meine löschung fortsetzen" => ConversationCommand.Resume,
            _ => ConversationCommand.None,
        };
    }

    /// <summary>"speak English" / "auf Deutsch" (and their variants in both languages): the language asked for, or null.</summary>
    public static System.Globalization.CultureInfo? RecognizeLanguage(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return null;
        }

        var text = Normalize(activity.Text);
        return English().IsMatch(text) ? Localization.SupportedCultures.English
            : German().IsMatch(text) ? Localization.SupportedCultures.German
            : null;
    }

    /// <summary>Mentions removed, trimmed, lower-case, trailing punctuation ignored.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Spaces().Replace(Mention().Replace(text, " "), " ").Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"^(please\s+)?(i\s+want\s+to\s+|i'd\s+like\s+to\s+)?(delete|close|remove|cancel)\s+(my\s+)?(khulnasoft\s+)?account(\s+please)?$|^(mein\s+)?(khulnasoft[- ])?konto\s+(löschen|schließen|kündigen)$|^(lösche|schließe)\s+mein\s+konto$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Start();

    [GeneratedRegex(@"^(undo|undo (my |the )?deletion|cancel my deletion|stop my deletion|don't delete my account|keep my account|rückgängig|löschung (rückgängig machen|abbrechen|stoppen))$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Undo();

    [GeneratedRegex(@"^(show )?(me )?(my )?deletion history$|^history$|^(zeige )?(meinen )?löschverlauf$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex History();

    [GeneratedRegex(@"^(talk|speak|chat) (to|with) (a )?(human|person|agent|someone)$|^(human|agent|support)$|^(mit )?(einem )?menschen sprechen$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Human();

    [GeneratedRegex(@"^((please\s+)?(speak|talk|reply|answer)\s+(in\s+)?english(\s+please)?|(in\s+)?english(\s+please)?|(auf\s+)?englisch(\s+bitte)?|(bitte\s+)?(sprich|sprechen\s+sie)\s+englisch)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex English();

    [GeneratedRegex(@"^((please\s+)?(speak|talk|reply|answer)\s+(in\s+)?german(\s+please)?|(in\s+)?german(\s+please)?|(auf\s+)?deutsch(\s+bitte)?|(bitte\s+)?(sprich|sprechen\s+sie)\s+deutsch)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex German();

    [GeneratedRegex(@"^(please\s+)?(send|give|email)\s+me\s+(a\s+)?copy\s+of\s+my\s+(khulnasoft\s+)?data(\s+please)?$|^(export|download)\s+my\s+data$|^(a\s+)?copy\s+of\s+my\s+data$|^(bitte\s+)?(schick(e)?\s+mir\s+)?(eine\s+)?kopie\s+meiner\s+daten(\s+bitte)?$|^meine\s+daten\s+exportieren$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DataExport();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
