using System.Text.Json.Nodes;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Cards.Tests;

public sealed class ChecklistCardTests
{
    [Fact]
    public void DnsEvidence_IsShownUnderItsItem_WithHostNamesEscaped_AndInTheFallbackText()
    {
        var card = ChecklistCard.Build(CardSamples.AdaDnsChecklist(), CardHost.Teams);

        var text = CardJson.AllText(card);
        Assert.Contains("ada\\.example is still delegated to kai\\.ns\\.khulnasoft\\.com", text, StringComparison.Ordinal);
        Assert.Contains("The DNS check could not be made", text, StringComparison.Ordinal);
        Assert.Contains("Khulnasoft nameservers removed at your registrar (https://dash.khulnasoft.com/acc_ada/zone_ada/dns/records) (ada.example is still delegated to kai.ns.khulnasoft.com",
            (string)card["fallbackText"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("still delegated", CardJson.AllText(ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.Teams)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ada_ProgressCountsOnlyRequiredItems()
    {
        var input = CardSamples.AdaChecklist();

        var card = ChecklistCard.Build(input, CardHost.WebChat);

        // ada.example 2 of 4, shop.ada.example 1 of 5, payment pending; invoices are optional.
        Assert.Equal(10, input.RequiredTotal);
        Assert.Equal(3, input.RequiredDone);
        Assert.Contains("3 of 10 required steps done", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("3 of 10 required steps done", (string)card["fallbackText"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Ada_EveryItemShowsItsStateInWords_AndLinksToItsDashboardPageAndHelp()
    {
        var input = CardSamples.AdaChecklist();

        var text = CardJson.AllText(ChecklistCard.Build(input, CardHost.Teams));

        foreach (var item in input.AllItems)
        {
            Assert.Contains("(" + item.DashboardUrl + ")", text, StringComparison.Ordinal);
            Assert.Contains("(" + item.HelpUrl + ")", text, StringComparison.Ordinal);
        }

        var marks = text.Split('\n');
        Assert.Equal(input.AllItems.Count(i => i.Done), marks.Count(l => l == ChecklistCard.DoneMark));
        Assert.Equal(input.AllItems.Count(i => !i.Done && !i.Optional), marks.Count(l => l == ChecklistCard.PendingMark));
        Assert.Equal(input.AllItems.Count(i => !i.Done && i.Optional), marks.Count(l => l == ChecklistCard.OptionalMark));
    }

    [Fact]
    public void Ada_GroupsItemsInAContainerPerDomain_DnsRecordsOnlyForTheCnameSetup()
    {
        var card = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat);

        var containers = card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Container").ToList();
        Assert.Equal(3, containers.Count); // two domains and the account
        var full = CardJson.AllText(containers[0]);
        var partial = CardJson.AllText(containers[1]);
        Assert.Contains("ada\\.example · 2 of 4 done", full, StringComparison.Ordinal);
        Assert.DoesNotContain("DNS records moved", full, StringComparison.Ordinal);
        Assert.Contains("shop\\.ada\\.example (CNAME setup) · 1 of 5 done", partial, StringComparison.Ordinal);
        Assert.Contains("DNS records moved", partial, StringComparison.Ordinal);
    }

    [Fact]
    public void Ada_FallbackTextSaysExactlyWhatIsLeft()
    {
        var text = (string)ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat)["fallbackText"]!;

        // The fallback also lists every item with its status (TextFallbackTests); what is left is its own sentence.
        var fallback = text[text.IndexOf("Still to do: ", StringComparison.Ordinal)..];
        fallback = fallback[..(fallback.IndexOf(").", StringComparison.Ordinal) + 2)];
        Assert.Contains("shop.ada.example: DNS records moved", fallback, StringComparison.Ordinal);
        Assert.Contains("ada.example: Registrar auto-renew disabled", fallback, StringComparison.Ordinal);
        Assert.Contains("Ada's Workshop: Payment information deleted", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("Invoices downloaded", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscriptions and add-ons cancelled", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Ben_AllDone_SaysSo()
    {
        var card = ChecklistCard.Build(CardSamples.BenChecklist(), CardHost.WebChat);

        var text = CardJson.AllText(card);
        Assert.Contains("1 of 1 required steps done", text, StringComparison.Ordinal);
        Assert.Contains("Everything required is done", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyDomains_FinishedDomainsFoldIntoOneLine()
    {
        var input = CardSamples.ManyDomainsChecklist();

        var card = ChecklistCard.Build(input, CardHost.Teams);

        var text = CardJson.AllText(card);
        Assert.Contains("Done: **site2\\.example**: all 4 steps done", text, StringComparison.Ordinal);
        Assert.Contains("Done: **site6\\.example** (CNAME setup): all 5 steps done", text, StringComparison.Ordinal);
        Assert.Contains("site1\\.example · 0 of 4 done", text, StringComparison.Ordinal);
        // Only unfinished domains list their items: 30 odd domains.
        var rows = CardJson.OfType(card, "ColumnSet").Count();
        Assert.Equal(input.Domains.Where(d => d.Items.Any(i => !i.Done)).Sum(d => d.Items.Count) + input.AccountItems.Count(), rows);
    }

    [Fact]
    public void DnsRecordsItem_OnAFullSetup_IsRejected()
    {
        var bad = new DomainChecklist("z", "full.example", false, [CardSamples.Item(ChecklistItemKind.DnsRecordsMoved, false, "a", "z")]);

        Assert.Throws<ArgumentException>(() => ChecklistCard.Build(CardSamples.BenChecklist() with { Domains = [bad] }, CardHost.WebChat));
    }

    [Fact]
    public void Buttons_AreRecheckSendInvoicesAndHelp()
    {
        var card = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat);

        var actions = CardJson.Actions(card).Select(a => (string?)a["data"]?["action"]).ToList();
        Assert.Equal([CardActions.DeletionRecheck, CardActions.InvoicesSend, CardActions.Help], actions);
    }

    [Fact]
    public void TwoOwnedAccounts_EachAccountsItemsAreInASectionNamedForIt_AndWhatIsLeftNamesTheAccount()
    {
        var input = CardSamples.TwoAccountsChecklist();

        var card = ChecklistCard.Build(input, CardHost.Teams);

        var containers = card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Container").Select(CardJson.AllText).ToList();
        Assert.Equal(3, containers.Count); // the domain, then one section per account
        Assert.StartsWith("Your account · Main Street Bakery\n", containers[1], StringComparison.Ordinal);
        Assert.StartsWith("Your account · Side \\[Project\\]\n", containers[2], StringComparison.Ordinal);
        Assert.Contains("(" + CardSamples.Dash + "/acc_side/billing/payment-info)", containers[2], StringComparison.Ordinal);
        Assert.DoesNotContain("acc_main", containers[2], StringComparison.Ordinal);
        Assert.Equal(
            [("Main Street Bakery", ChecklistItemKind.PaymentInfoDeleted), ("Side [Project]", ChecklistItemKind.PaymentInfoDeleted)],
            input.Pending.Select(p => (p.Name, p.Item.Kind)));
        var fallback = (string)card["fallbackText"]!;
        Assert.Contains("Main Street Bakery: Payment information deleted", fallback, StringComparison.Ordinal);
        Assert.Contains("Side [Project]: Payment information deleted", fallback, StringComparison.Ordinal);
        Assert.Contains("4 of 6 required steps done", fallback, StringComparison.Ordinal);
    }
}
