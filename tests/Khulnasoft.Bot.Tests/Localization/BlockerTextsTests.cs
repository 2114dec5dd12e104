using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.Localization;

/// <summary>
/// What pauses a case is stored as the account API's codes and said in the reader's language: every code the bot
/// knows reads in English (the sentences the bot stored before) and German; an unknown code shows the API's own text;
/// the API's refusal keeps its code and ids, not its English message, for a code the bot knows.
/// </summary>
public sealed class BlockerTextsTests
{
    private static readonly CaseBlocker[] Known =
    [
        new(UnmetCodes.ActiveSubscription, "acct_ada", "ada.dev", "sub_pro", "Pro Plan"),
        new(UnmetCodes.ActiveSubscription, "acct_ada", null, "sub_argo", "Argo Smart Routing"),
        new(UnmetCodes.ZoneActive, "acct_ada", "ada.dev", "zone_ada_dev"),
        new(UnmetCodes.AutoRenewEnabled, "acct_ada", "ada.dev", "ada.dev"),
        new(UnmetCodes.NameServersPointing, "acct_ada", "ada.dev", "zone_ada_dev"),
        new(UnmetCodes.CnameRecordsNotMoved, "acct_ada", "adashop.com", "zone_adashop_com"),
        new(UnmetCodes.ContractAccount, "acct_contract", null, "sub_ent"),
        new(UnmetCodes.PaymentMethodOnFile, "acct_ada"),
    ];

    [Fact]
    public void EveryKnownCode_ReadsInEnglish_AsTheBotUsedToStoreIt()
    {
        Assert.Equal(
            [
                "Cancel the subscription Pro Plan on `ada.dev`",
                "Cancel the subscription Argo Smart Routing",
                "Remove the domain `ada.dev` from the account",
                "Turn off auto-renew for `ada.dev`",
                "Remove Khulnasoft's nameservers for `ada.dev` at your registrar",
                "Move the DNS records of `adashop.com` to your DNS provider",
                "The account `acct_contract` is under contract: your Customer Success Manager closes it",
                "Delete the payment method on file",
            ],
            InCulture.Read("en-US", () => BlockerTexts.Describe(Known, ChatText.Code)));
    }

    [Fact]
    public void EveryKnownCode_ReadsInGerman()
    {
        Assert.Equal(
            [
                "Kündigen Sie das Abonnement Pro Plan für ada.dev",
                "Kündigen Sie das Abonnement Argo Smart Routing",
                "Entfernen Sie die Domain ada.dev aus dem Konto",
                "Deaktivieren Sie die automatische Verlängerung für ada.dev",
                "Entfernen Sie die Nameserver von Khulnasoft für ada.dev bei Ihrem Registrar",
                "Verschieben Sie die DNS-Einträge von adashop.com zu Ihrem DNS-Anbieter",
                "Das Konto acct_contract hat einen Vertrag: Ihr Customer Success Manager schließt es",
                "Löschen Sie die hinterlegte Zahlungsmethode",
            ],
            InCulture.Read("de-AT", () => BlockerTexts.Describe(Known, name => name)));
    }

    [Fact]
    public void TheApisRefusal_KeepsCodeAndIds_AKnownCodeIsTranslated_AnUnknownOneShowsTheApisText()
    {
        var known = CaseBlocker.From(new UnmetPrerequisite(UnmetCodes.AutoRenewEnabled, "acct_ada", "ada.dev", "ada.dev", "Disable auto-renew for ada.dev."));
        var unknown = CaseBlocker.From(new UnmetPrerequisite("export_pending", "acct_ada", null, null, "An export is still running."));

        Assert.Equal(new CaseBlocker(UnmetCodes.AutoRenewEnabled, "acct_ada", "ada.dev", "ada.dev", Message: "Disable auto-renew for ada.dev."), known);
        Assert.Equal(
            ["Deaktivieren Sie die automatische Verlängerung für ada.dev", "Die Konto-API meldet: An export is still running."],
            InCulture.Read("de", () => BlockerTexts.Describe([known, unknown], name => name)));
        Assert.Equal("The account API reports: An export is still running.", InCulture.Read("en", () => BlockerTexts.Describe(unknown, name => name)));
        Assert.Equal("auto_renew_enabled,export_pending", CaseBlocker.Codes([known, unknown, known]));
    }
}
