using System.Globalization;

namespace Khulnasoft.Cards.Common;

/// <summary>Text formatting shared by the builders: the current culture, unambiguous dates (month names) in the
/// offset the bot gave (the user's time zone; UTC, said as "UTC", when it is not known).</summary>
internal static class CardFormat
{
    public static string Date(DateTimeOffset value) =>
        value.DateTime.ToString(CardStrings.Get("DateFormat"), CultureInfo.CurrentCulture);

    public static string Date(DateOnly value) => value.ToString(CardStrings.Get("DateFormat"), CultureInfo.CurrentCulture);

    /// <summary>"6 December 2026, 14:00 UTC", or "6. Dezember 2026, 15:00 UTC+01:00" in the offset given.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.DateTime.ToString(CardStrings.Get("DateTimeFormat"), CultureInfo.CurrentCulture) + " " + Zone(value.Offset);

    public static string Money(decimal amount, string currency) =>
        amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency.ToUpperInvariant();

    /// <summary>"1 account", "3 accounts" (<paramref name="noun"/>: the resource prefix, e.g. "Account" for AccountOne / AccountOther).</summary>
    public static string Count(int count, string noun) =>
        CardStrings.Format(noun + (count == 1 ? "One" : "Other"), Number(count));

    public static string Number(int value) => value.ToString(CultureInfo.CurrentCulture);

    private static string Zone(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>Escapes the characters the card markdown subset treats specially, for user-supplied text.</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Escape"/> for text that may hold host names (domains, "Pro plan (adashop.com)"): the dots are
    /// escaped too, so Web Chat's markdown (markdown-it with linkify) cannot turn "adashop.com" into a link to the
    /// bare domain. An escaped dot renders as a dot; Adaptive Cards' markdown has no code spans, so this is the way.
    /// </summary>
    public static string Name(string text) => Escape(text).Replace(".", "\\.", StringComparison.Ordinal);

    /// <summary>A markdown bullet list; at most <paramref name="limit"/> lines, then "and N more". Each item goes
    /// through <paramref name="escape"/> (<see cref="Escape"/> unless given).</summary>
    public static string Bullets(IEnumerable<string> items, int limit = int.MaxValue, Func<string, string>? escape = null)
    {
        var list = items.ToList();
        var lines = list.Take(limit).Select(item => "- " + (escape ?? Escape)(item)).ToList();
        if (list.Count > limit)
        {
            lines.Add("- " + CardStrings.Format("AndMore", Number(list.Count - limit)));
        }

        return string.Join("\n", lines);
    }
}
