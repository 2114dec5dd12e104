using System.Globalization;
using System.Text.RegularExpressions;

namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>
/// Finds numbers in English and German text: digits with the locale's separators (<c>1,234.5</c> / <c>1.234,5</c>;
/// a separator not followed by exactly three digits is read as the decimal mark) and the words zero–twenty /
/// null–zwanzig.
/// </summary>
public static partial class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["null"] = 0, ["eins"] = 1, ["ein"] = 1, ["eine"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5,
        ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12,
        ["dreizehn"] = 13, ["vierzehn"] = 14, ["fünfzehn"] = 15, ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18,
        ["neunzehn"] = 19, ["zwanzig"] = 20,
    };

    /// <summary>Every number in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<decimal> RecognizeAll(string? text, string? locale)
    {
        var found = new List<(int Position, decimal Value)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var german = ChoiceLocale.IsGerman(locale);
        foreach (Match match in DigitsPattern().Matches(text))
        {
            if (Parse(match.Value, german) is { } value)
            {
                found.Add((match.Index, value));
            }
        }

        foreach (Match match in WordPattern().Matches(text))
        {
            if (Words.TryGetValue(match.Value, out var value))
            {
                found.Add((match.Index, value));
            }
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Value)];
    }

    /// <summary>The first number in <paramref name="text"/>, or null.</summary>
    public static decimal? Recognize(string? text, string? locale) =>
        RecognizeAll(text, locale) is { Count: > 0 } all ? all[0] : null;

    private static decimal? Parse(string raw, bool german)
    {
        var negative = raw.StartsWith('-');
        var digits = negative ? raw[1..] : raw;
        var thousands = german ? '.' : ',';
        var decimalMark = german ? ',' : '.';
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (char.IsDigit(c))
            {
                builder.Append(c);
            }
            else if (c == thousands && IsThousandsGroup(digits, i))
            {
                continue;
            }
            else if (c == decimalMark || c == thousands)
            {
                builder.Append('.');
            }
        }

        return decimal.TryParse(builder.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (negative ? -value : value)
            : null;
    }

    private static bool IsThousandsGroup(string digits, int separatorIndex)
    {
        var end = separatorIndex + 1;
        while (end < digits.Length && char.IsDigit(digits[end]))
        {
            end++;
        }

        return end - separatorIndex - 1 == 3;
    }

    [GeneratedRegex(@"(?<![\w.,])-?\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"\b\p{L}+\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WordPattern();
}
