using System.Globalization;

namespace Khulnasoft.Bot.Localization;

/// <summary>The languages the bot speaks: English (the neutral resources, canonical) and German.</summary>
public static class SupportedCultures
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo German { get; } = CultureInfo.GetCultureInfo("de");

    public static IReadOnlyList<CultureInfo> All { get; } = [English, German];

    /// <summary>The supported language of a locale ("de-DE" → de, "en-US" → en), or null (unknown, empty, or unsupported).</summary>
    public static CultureInfo? Match(string? locale)
    {
        if (Specific(locale) is not { } culture)
        {
            return null;
        }

        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (All.FirstOrDefault(s => string.Equals(s.Name, c.Name, StringComparison.OrdinalIgnoreCase)) is { } supported)
            {
                return supported;
            }
        }

        return null;
    }

    /// <summary>The locale as a culture for formatting (dates, numbers), or null when it is not a valid culture name.</summary>
    public static CultureInfo? Specific(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 85)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
