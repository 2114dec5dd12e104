using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Localization;

/// <summary>
/// Dates and times in the user's time zone (Teams' <c>clientInfo</c> entity gives it; otherwise UTC, and the text
/// says "UTC"), formatted for the current culture.
/// </summary>
public static class UserClock
{
    private static readonly AsyncLocal<TimeZoneInfo?> Ambient = new();
    private static readonly IStringLocalizer Formats = Localized.For(typeof(UserClock));

    /// <summary>The user's zone for this turn or job; null means UTC.</summary>
    public static TimeZoneInfo? Zone
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>The instant on the user's clock (same instant, the zone's offset).</summary>
    public static DateTimeOffset Local(DateTimeOffset at) => Zone is { } zone ? TimeZoneInfo.ConvertTime(at, zone) : at.ToUniversalTime();

    /// <summary>"6 December 2026, 14:00 UTC" / "6. Dezember 2026, 15:00 (Europe/Berlin)".</summary>
    public static string DateTime(DateTimeOffset at) =>
        Local(at).ToString(Formats["DateTimeFormat"], System.Globalization.CultureInfo.CurrentCulture) + " " + ZoneLabel;

    /// <summary>"6 December 2026" / "6. Dezember 2026" (the date on the user's clock).</summary>
    public static string Date(DateTimeOffset at) => Local(at).ToString(Formats["DateFormat"], System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>
    /// A calendar day that is counted in UTC (the legal clock's due dates: "until the end of 7 March" in UTC), formatted
    /// like <see cref="Date"/> but never moved to the user's zone, where the end of a UTC day may be the next morning.
    /// </summary>
    public static string CalendarDate(DateTimeOffset at) => at.UtcDateTime.ToString(Formats["DateFormat"], System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>"UTC", or the zone's id in parentheses.</summary>
    public static string ZoneLabel => Zone is { } zone && zone != TimeZoneInfo.Utc ? "(" + zone.Id + ")" : "UTC";

    /// <summary>A zone id (IANA or Windows) as a zone, or null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }
}
