using System.Globalization;
using System.Resources;

namespace Khulnasoft.Cards.Common;

/// <summary>
/// The words of every card, in <see cref="CultureInfo.CurrentUICulture"/> (<c>CardStrings.resx</c>, English, and one
/// sibling per language, e.g. <c>CardStrings.de.resx</c>). The bot sets the culture for the turn; a card built
/// outside a turn speaks the neutral language (English). Numbers and dates follow <see cref="CultureInfo.CurrentCulture"/>.
/// </summary>
internal static class CardStrings
{
    private static readonly ResourceManager Resources = new(typeof(CardStrings));

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException("No card text '" + key + "'.");

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
