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

    /// <summary>The language being spoken now (a supported culture; English when the current one is not supported).</summary>
    public static CultureInfo Current => SupportedCultures.Match(CultureInfo.CurrentUICulture.Name) ?? SupportedCultures.English;
}
