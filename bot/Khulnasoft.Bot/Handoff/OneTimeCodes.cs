using System.Text.RegularExpressions;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Removes one-time codes from text before anyone else sees it: every standalone six-digit number (also written
/// "123 456" or "123-456") is masked. Agents and transcripts never get a code; a false positive only hides a number.
/// </summary>
public static partial class OneTimeCodes
{
    public const string Mask = "••••••";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SixDigits().Replace(text, Mask);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}[ -]?[0-9]{3}(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SixDigits();
}
