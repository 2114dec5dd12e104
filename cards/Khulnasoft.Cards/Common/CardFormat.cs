using System.Globalization;

namespace Khulnasoft.Cards.Common;

/// <summary>Text formatting shared by the builders: invariant culture, UTC, unambiguous dates.</summary>
internal static class CardFormat
{
    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Money(decimal amount, string currency) =>
        amount.ToString("N2", CultureInfo.InvariantCulture) + " " + currency.ToUpperInvariant();

    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
            lines.Add("- … and " + Number(list.Count - limit) + " more");
        }

        return string.Join("\n", lines);
    }
}
