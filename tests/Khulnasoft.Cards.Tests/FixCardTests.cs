using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Cards.Checklist;
using Khulnasoft.Cards.Fixes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Cards.Tests;

/// <summary>
/// Issue 19 item 2: "Do it for me" on the checklist and the consent card. The buttons carry the contract's data
/// (<c>checklist.fix</c>, <c>item</c>, <c>resourceId</c>, <c>cardId</c>) as Action.Submit on both hosts; nameserver
/// and DNS-record items get guidance and can't carry a fix; the consent card says what happens and offers Confirm /
/// Keep it with the same item and resource. Both pass the official parser at 1.5 on both hosts, in English and German.
/// </summary>
public sealed class FixCardTests
{
    [Theory]
    [MemberData(nameof(ActionContractTests.Hosts), MemberType = typeof(ActionContractTests))]
    public void Checklist_OffersDoItForMe_PerFix_AsSubmitWithItemAndResource(CardHost host)
    {
        var card = ChecklistCard.Build(CardSamples.AdaFixChecklist(), host);

        var fixes = Buttons(card, CardActions.ChecklistFix).ToList();
        Assert.Equal(
            [("Do it for me: Pro Plan", "SubscriptionsCancelled", "sub_pro"), ("Do it for me: Argo Smart Routing", "SubscriptionsCancelled", "sub_argo"),
             ("Do it for me", "DomainRemoved", "zone_shop"), ("Do it for me", "PaymentInfoDeleted", "acc_ada")],
            fixes.Select(b => ((string)b["title"]!, (string)b["data"]!["item"]!, (string)b["data"]!["resourceId"]!)));
        Assert.All(fixes, b => Assert.Equal("Action.Submit", (string?)b["type"]));
        Assert.All(fixes, b => Assert.Equal("card-ada-1", (string?)b["data"]!["cardId"]));
        var json = card.ToJsonString();
        Assert.Contains("Only you can do this, at your registrar", json, StringComparison.Ordinal);
        Assert.Contains("Only you can do this, at your DNS provider", json, StringComparison.Ordinal);
        Assert.Contains("Your role on Ada's Workshop (Billing) can't change this", (string)card["fallbackText"]!, StringComparison.Ordinal);
        Assert.Contains("(Do it for me: Argo Smart Routing)", (string)card["fallbackText"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_WithoutFixes_HasNoDoItForMe_AndADoneItemNeverHasOne()
    {
        var plain = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat);
        var done = CardSamples.AdaFixChecklist() with { Domains = [], Accounts = [new AccountChecklist("acc_ada", "Ada's Workshop",
            [CardSamples.Item(ChecklistItemKind.PaymentInfoDeleted, true, "acc_ada") with { Fixes = [new ChecklistFix("acc_ada")] }])] };

        Assert.Empty(Buttons(plain, CardActions.ChecklistFix));
        Assert.Empty(Buttons(ChecklistCard.Build(done, CardHost.Teams), CardActions.ChecklistFix));
    }

    [Theory]
    [InlineData(ChecklistItemKind.NameserversRemoved, false)]
    [InlineData(ChecklistItemKind.DnsRecordsMoved, true)]
    public void Checklist_RefusesAFixOnANameserverOrDnsRecordsItem(ChecklistItemKind kind, bool partial)
    {
        var item = CardSamples.Item(kind, false, "acc_ada", "zone_ada") with { Fixes = [new ChecklistFix("zone_ada")] };
        var input = CardSamples.AdaChecklist() with { Domains = [new DomainChecklist("zone_ada", "ada.example", partial, [item])] };

        var e = Assert.Throws<ArgumentException>(() => ChecklistCard.Build(input, CardHost.WebChat));
        Assert.Contains("guidance only", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ActionContractTests.Hosts), MemberType = typeof(ActionContractTests))]
    public void ConsentCard_SaysWhatHappens_AndConfirmAndKeepCarryTheSameItemAndResource(CardHost host)
    {
        var card = FixConsentCard.Build(new FixConsentCardInput("card-1", "DomainRemoved", "zone_ada", "Removes ada.dev from Khulnasoft. No charge."), host);

        Assert.Equal("Shall I do this for you?", CardEssentials.Title(card));
        Assert.Contains("Removes ada\\\\.dev from Khulnasoft", card.ToJsonString(), StringComparison.Ordinal);
        var confirm = Assert.Single(Buttons(card, CardActions.ChecklistFixConfirm));
        var keep = Assert.Single(Buttons(card, CardActions.ChecklistFixKeep));
        Assert.Equal(("Confirm", "Keep it"), ((string)confirm["title"]!, (string)keep["title"]!));
        foreach (var button in new[] { confirm, keep })
        {
            Assert.Equal("Action.Submit", (string?)button["type"]);
            Assert.Equal(("DomainRemoved", "zone_ada", "card-1"), ((string)button["data"]!["item"]!, (string)button["data"]!["resourceId"]!, (string)button["data"]!["cardId"]!));
        }

        Assert.StartsWith("Shall I do this for you? Removes ada.dev from Khulnasoft. No charge. Nothing changes until you select Confirm.", (string)card["fallbackText"]!, StringComparison.Ordinal);
        Assert.Contains("Type \"confirm\" or \"keep it\"", (string)card["fallbackText"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentCard_InGerman_AsksInGerman()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            var card = FixConsentCard.Build(new FixConsentCardInput("card-1", "DomainRemoved", "zone_ada", "Entfernt ada.dev aus Khulnasoft."), CardHost.Teams);

            Assert.Equal("Soll ich das für Sie erledigen?", CardEssentials.Title(card));
            Assert.Equal(["Bestätigen", "Behalten"], CardJson.Actions(card).Select(a => (string)a["title"]!));
            Assert.Contains("\"bestätigen\" oder \"behalten\"", (string)card["fallbackText"]!, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task FixCards_InBothLanguages_OnBothHosts_PassTheOfficialParserAt15()
    {
        var cards = new List<(string, JsonNode)>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "en-US", "de-DE" })
            {
                CultureInfo.CurrentUICulture = new CultureInfo(culture);
                foreach (var host in new[] { CardHost.Teams, CardHost.WebChat })
                {
                    cards.Add(($"{culture}/{host}/checklist-fixes", ChecklistCard.Build(CardSamples.AdaFixChecklist(), host)));
                    cards.Add(($"{culture}/{host}/consent", FixConsentCard.Build(new FixConsentCardInput("card-1", "PaymentInfoDeleted", "acc_ada", "Deletes the Visa card ending 4242."), host)));
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5", cancellationToken: CancellationToken.None);

        Assert.True(report.Ok, report.Describe());
        Assert.All(report.Results, r => Assert.Empty(r.Warnings));
    }

    private static IEnumerable<JsonObject> Buttons(JsonObject card, string action) =>
        CardJson.Actions(card).Where(a => (string?)a["data"]?[CardActions.ActionField] == action);
}
