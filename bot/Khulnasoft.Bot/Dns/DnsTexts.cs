using System.Globalization;

namespace Khulnasoft.Bot.Dns;

/// <summary>Everything the DNS safety guard says: the evidence of a check and its warning, in plain text (a card
/// escapes it) or with names as chat code spans (<paramref name="name"/>).</summary>
public static class DnsTexts
{
    /// <summary>The failure recorded when a partial zone lists no hostnames to look up.</summary>
    public const string NoHostnames = "no proxied hostnames listed";

    /// <summary>"(checked in DNS at 17:55 UTC)".</summary>
    public static string CheckedAt(DateTimeOffset at) =>
        "(checked in DNS at " + at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC)";

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
            return "The DNS check could not be made (" + Reason(check.Failure) + "). The account API reports this as "
                + (check.ApiSaysPointing ? "not done yet" : "done")
                + ", but it stays open until DNS confirms it: press Re-check in a moment. " + Warning(check, name);
        }

        var names = string.Join(", ", (check.Outcome == DnsCheckOutcome.StillAtKhulnasoft ? check.Pointing : check.SeenElsewhere).Select(name));
        var at = CheckedAt(check.CheckedAt);
        return (check.PartialSetup, check.Outcome) switch
        {
            (false, DnsCheckOutcome.StillAtKhulnasoft) => $"{zone} is still delegated to {names} {at}. {Warning(check, name)}",
            (false, _) => $"{zone} is delegated to {(names.Length == 0 ? "no name servers" : names)}, not Khulnasoft {at}.",
            (true, DnsCheckOutcome.StillAtKhulnasoft) => $"{names} still {(check.Pointing.Count == 1 ? "points" : "point")} at Khulnasoft {at}. {Warning(check, name)}",
            (true, _) => $"{names} no longer {(check.SeenElsewhere.Count == 1 ? "points" : "point")} at Khulnasoft {at}.",
        };
    }

    /// <summary>What still blocks a deletion because of DNS, as the deletion job tells it (chat text).</summary>
    public static string Unmet(ZoneDnsCheck check, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.PartialSetup
            ? $"Move the DNS records of {name(check.Zone)} to your DNS provider: {Evidence(check, name)}"
            : $"Remove Khulnasoft's nameservers for {name(check.Zone)} at your registrar: {Evidence(check, name)}";
    }

    private static string Warning(ZoneDnsCheck check, Func<string, string> name) => check.PartialSetup
        ? $"Once {name(check.Zone)} is removed from Khulnasoft, these hostnames stop resolving until their DNS records point elsewhere."
        : $"Once the zone is removed from Khulnasoft, {name(check.Zone)} stops resolving until you change its nameservers at your registrar.";

    private static string Reason(string? failure) => failure switch
    {
        null => "no answer",
        NoHostnames => NoHostnames,
        _ when failure.Contains("Timeout", StringComparison.OrdinalIgnoreCase) => "the DNS server did not answer in time",
        _ when failure.Contains("Refused", StringComparison.OrdinalIgnoreCase) => "the DNS server refused the query",
        _ => "the DNS server answered " + failure,
    };
}
