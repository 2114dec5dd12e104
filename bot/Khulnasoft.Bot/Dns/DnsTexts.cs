using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Dns;

/// <summary>Everything the DNS safety guard says, in the turn's language (<c>DnsTexts.resx</c> and its siblings): the
/// evidence of a check and its warning, in plain text (a card escapes it) or with names as chat code spans
/// (<paramref name="name"/>).</summary>
public static class DnsTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(DnsTexts));

    /// <summary>The failure recorded when a partial zone lists no hostnames to look up (a code, shown translated).</summary>
    public const string NoHostnames = "no proxied hostnames listed";

    /// <summary>"(checked in DNS at 17:55 UTC)".</summary>
    public static string CheckedAt(DateTimeOffset at) =>
        L["CheckedAt", at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)];

    /// <summary>
    /// The evidence of a check and, while the domain still depends on Khulnasoft, the warning: "ada.dev is still
    /// delegated to kai.ns.khulnasoft.com, lola.ns.khulnasoft.com (checked in DNS at 17:55 UTC). Once the zone is
    /// removed from Khulnasoft, ada.dev stops resolving …".
    /// </summary>
    public static string Evidence(ZoneDnsCheck check, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(name);
        var zone = name(check.Zone);
        if (check.Outcome == DnsCheckOutcome.CouldNotCheck)
        {
            return L["CouldNotCheck", Reason(check.Failure), check.ApiSaysPointing ? L["ApiNotDone"] : L["ApiDone"], Warning(check, name)];
        }

        var seen = check.Outcome == DnsCheckOutcome.StillAtKhulnasoft ? check.Pointing : check.SeenElsewhere;
        var names = string.Join(", ", seen.Select(name));
        var at = CheckedAt(check.CheckedAt);
        var one = seen.Count == 1;
        return (check.PartialSetup, check.Outcome) switch
        {
            (false, DnsCheckOutcome.StillAtKhulnasoft) => L["DelegatedStill", zone, names, at, Warning(check, name)],
            (false, _) => L["DelegatedElsewhere", zone, names.Length == 0 ? L["NoNameServers"] : names, at],
            (true, DnsCheckOutcome.StillAtKhulnasoft) => L[one ? "HostsStillOne" : "HostsStillMany", names, at, Warning(check, name)],
            (true, _) => L[one ? "HostsMovedOne" : "HostsMovedMany", names, at],
        };
    }

    /// <summary>What still blocks a deletion because of DNS, as the deletion job tells it (chat text).</summary>
    public static string Unmet(ZoneDnsCheck check, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(check);
        return L[check.PartialSetup ? "UnmetRecords" : "UnmetNameservers", name(check.Zone), Evidence(check, name)];
    }

    private static string Warning(ZoneDnsCheck check, Func<string, string> name) =>
        L[check.PartialSetup ? "WarningPartial" : "WarningFull", name(check.Zone)];

    private static string Reason(string? failure) => failure switch
    {
        null => L["ReasonNoAnswer"],
        NoHostnames => L["ReasonNoHostnames"],
        _ when failure.Contains("Timeout", StringComparison.OrdinalIgnoreCase) => L["ReasonTimeout"],
        _ when failure.Contains("Refused", StringComparison.OrdinalIgnoreCase) => L["ReasonRefused"],
        _ => L["ReasonOther", failure],
    };
}
