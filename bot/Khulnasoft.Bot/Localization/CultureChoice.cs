using System.Globalization;

namespace Khulnasoft.Bot.Localization;

/// <summary>Which language a turn speaks: the activity's locale, then the user's saved choice, then the default.</summary>
public static class CultureChoice
{
    public static CultureInfo Choose(string? locale, LanguagePreference? preference, CultureInfo defaultCulture)
    {
        ArgumentNullException.ThrowIfNull(defaultCulture);
        var chosen = SupportedCultures.Match(preference?.Culture);
        var fromLocale = SupportedCultures.Match(locale);
        if (fromLocale is not null && (chosen is null || !SameLocale(locale, preference!.OverLocale)))
        {
            return fromLocale;
        }

        return chosen ?? defaultCulture;
    }

    private static bool SameLocale(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
