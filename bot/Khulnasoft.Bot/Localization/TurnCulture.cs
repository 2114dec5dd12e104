using System.Globalization;

namespace Khulnasoft.Bot.Localization;

/// <summary>
/// The language and time zone of what the bot says now: <see cref="CultureInfo.CurrentUICulture"/> (which resources),
/// <see cref="CultureInfo.CurrentCulture"/> (dates and numbers) and <see cref="UserClock.Zone"/>. Both flow with the
/// async context, so setting them at the start of a turn (or a job) holds for everything it awaits.
/// </summary>
public static class TurnCulture
{
    /// <summary>Speak <paramref name="language"/> (a supported culture); format as <paramref name="locale"/> when it is the same language.</summary>
    public static void Use(CultureInfo language, string? locale = null, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var specific = SupportedCultures.Specific(locale);
        CultureInfo.CurrentUICulture = language;
        CultureInfo.CurrentCulture = specific is not null && SupportedCultures.Match(specific.Name) == language ? specific : language;
        UserClock.Zone = zone;
    }

    /// <summary>
    /// Speak the language recorded on a stored record (a case, an approval request, a handoff) for what a job or
    /// another party's turn sends on its behalf: <paramref name="culture"/> when supported, English for a record
    /// stored without one; formatted as that culture, on <paramref name="zone"/> (UTC when null).
    /// </summary>
    public static void UseRecorded(string? culture, TimeZoneInfo? zone = null) =>
        Use(SupportedCultures.Match(culture) ?? SupportedCultures.English, culture, zone);

    /// <summary>The language being spoken now (a supported culture; English when the current one is not supported).</summary>
    public static CultureInfo Current => SupportedCultures.Match(CultureInfo.CurrentUICulture.Name) ?? SupportedCultures.English;
}
