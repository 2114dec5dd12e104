namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>
/// Recognises yes and no in English and German ("yes, yeah, sure, ok" / "ja, jawohl, klar"; "no, nope" / "nein,
/// ne, nee"). A no-word wins over a yes-word ("no, sure not"); hedges such as "not sure" or "weiß nicht" are not
/// an answer.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "k", "correct", "right", "affirmative",
        "absolutely", "definitely", "certainly", "indeed", "true", "confirm", "confirmed", "agree",
        "ja", "jawohl", "jo", "jep", "klar", "genau", "sicher", "gerne", "gern", "richtig", "bestätigen", "bestätigt", "einverstanden",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not", "never", "negative", "false", "cancel", "don't", "dont",
        "nein", "ne", "nee", "nö", "nicht", "niemals", "keinesfalls",
    };

    private static readonly string[][] Hedges =
    [
        ["not", "sure"], ["dont", "know"], ["don", "t", "know"], ["no", "idea"], ["nicht", "sicher"], ["weiß", "nicht"], ["keine", "ahnung"],
    ];

    private static readonly string[][] YesPhrases = [["of", "course"], ["na", "klar"], ["auf", "jeden", "fall"]];

    private static readonly string[][] NoPhrases = [["no", "way"], ["auf", "keinen", "fall"], ["of", "course", "not"]];

    /// <summary>True for yes, false for no, null when the text is neither (or both in a hedge).</summary>
    public static bool? Recognize(string? text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0 || Hedges.Any(h => Contains(tokens, h)))
        {
            return null;
        }

        if (NoPhrases.Any(p => Contains(tokens, p)) || tokens.Any(No.Contains))
        {
            return false;
        }

        return YesPhrases.Any(p => Contains(tokens, p)) || tokens.Any(Yes.Contains) ? true : null;
    }

    private static bool Contains(IReadOnlyList<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
