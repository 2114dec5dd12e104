using Khulnasoft.Bot.Dns;
using Khulnasoft.Bot.Tests.Localization;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary>The DNS guard's evidence and warnings speak the turn's language: German for a German turn, the same
/// English wording as before otherwise.</summary>
public sealed class DnsTextsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 17, 55, 0, TimeSpan.Zero);

    private static readonly ZoneDnsCheck Delegated = new("ada.dev", false, DnsCheckOutcome.StillAtKhulnasoft,
        ["kai.ns.khulnasoft.com", "lola.ns.khulnasoft.com"], [], null, true, At);

    private static readonly ZoneDnsCheck OneHostPointing = new("adashop.com", true, DnsCheckOutcome.StillAtKhulnasoft,
        ["www.adashop.com"], [], null, true, At);

    private static readonly ZoneDnsCheck TimedOut = new("ada.dev", false, DnsCheckOutcome.CouldNotCheck,
        [], [], "Timeout", false, At);

    [Fact]
    public void English_KeepsTheWordingOfTheGuard()
    {
        var texts = InCulture.Read("en", () => (DnsTexts.Evidence(Delegated, n => n), DnsTexts.Unmet(OneHostPointing, n => n), DnsTexts.Evidence(TimedOut, n => n)));

        Assert.Equal("ada.dev is still delegated to kai.ns.khulnasoft.com, lola.ns.khulnasoft.com (checked in DNS at 17:55 UTC). "
            + "Once the zone is removed from Khulnasoft, ada.dev stops resolving until you change its nameservers at your registrar.", texts.Item1);
        Assert.StartsWith("Move the DNS records of adashop.com to your DNS provider: www.adashop.com still points at Khulnasoft (checked in DNS at 17:55 UTC).", texts.Item2, StringComparison.Ordinal);
        Assert.StartsWith("The DNS check could not be made (the DNS server did not answer in time). The account API reports this as done, but it stays open", texts.Item3, StringComparison.Ordinal);
    }

    [Fact]
    public void German_TellsTheEvidenceTheWarningAndAFailedCheckInGerman()
    {
        var texts = InCulture.Read("de-DE", () => (DnsTexts.Evidence(Delegated, n => n), DnsTexts.Unmet(OneHostPointing, n => n), DnsTexts.Evidence(TimedOut, n => n)));

        Assert.Equal("ada.dev ist noch an kai.ns.khulnasoft.com, lola.ns.khulnasoft.com delegiert (im DNS geprüft um 17:55 UTC). "
            + "Sobald die Zone aus Khulnasoft entfernt ist, löst ada.dev nicht mehr auf, bis Sie die Nameserver bei Ihrem Registrar ändern.", texts.Item1);
        Assert.StartsWith("Verschieben Sie die DNS-Einträge von adashop.com zu Ihrem DNS-Anbieter: www.adashop.com zeigt noch auf Khulnasoft", texts.Item2, StringComparison.Ordinal);
        Assert.StartsWith("Die DNS-Prüfung war nicht möglich (der DNS-Server hat nicht rechtzeitig geantwortet). Die Konto-API meldet diesen Punkt als erledigt", texts.Item3, StringComparison.Ordinal);
        Assert.DoesNotContain("checked in DNS", texts.Item1 + texts.Item2 + texts.Item3, StringComparison.Ordinal);
    }
}
