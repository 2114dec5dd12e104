using System.Text.Json.Nodes;
using Khulnasoft.Cards.Confirmation;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Invoices;
using Khulnasoft.Cards.Scope;
using Khulnasoft.Cards.Status;
using Khulnasoft.Cards.Welcome;

namespace Khulnasoft.Cards.Tests;

public sealed class CardContentTests
{
    [Fact]
    public void Welcome_OffersStartStatusAndHelp()
    {
        var card = WelcomeCard.Build(new WelcomeCardInput("Ada"), CardHost.WebChat);

        Assert.Equal(
            [("Delete my account", CardActions.DeletionStart), ("Check my deletion status", CardActions.DeletionStatus), ("Help", CardActions.Help)],
            CardJson.Actions(card).Select(a => ((string)a["title"]!, (string)a["data"]!["action"]!)));
    }

    [Fact]
    public void Confirmation_StatesScopePermanenceAndPurge_AndRequiresTheCode()
    {
        var input = new ConfirmationCardInput("card-1", "case-ada", CardSamples.AdaScope(), CardSamples.Now.AddDays(14), CardSamples.Now.AddDays(365), StepUpMethod.OneTimeCode);

        var card = ConfirmationCard.Build(input, CardHost.Teams);

        var text = CardJson.AllText(card);
        foreach (var expected in new[] { "Ada's Workshop", "lin@example.com", "max\\_dev@example.com", "shop\\.ada\\.example", "Load Balancing add-on", "13 December 2026", "permanent", "29 November 2027", "law requires" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var code = CardJson.OfType(card, "Input.Text").Single(i => (string?)i["id"] != ConfirmationCard.ScopeInputId);
        Assert.Equal(ConfirmationCard.CodeInputId, (string?)code["id"]);
        Assert.True((bool)code["isRequired"]!);
        Assert.Equal("^[0-9]{6}$", (string?)code["regex"]);
        Assert.NotNull((string?)code["label"]);
        Assert.NotNull((string?)code["errorMessage"]);
        var confirm = ActionContractTests.Find(card, CardActions.DeletionConfirm);
        Assert.Equal("Action.Submit", (string?)confirm["type"]);
        Assert.Equal("destructive", ((string?)confirm["style"])?.ToLowerInvariant());
        var cancel = ActionContractTests.Find(card, CardActions.DeletionCancel);
        Assert.Equal("none", (string?)cancel["associatedInputs"]);
    }

    [Fact]
    public void Confirmation_AfterAnApproval_ShowsTheApprover_AndStillAsksForTheMailedCode()
    {
        var input = new ConfirmationCardInput("card-1", "case-sam", CardSamples.AdaScope(), CardSamples.Now.AddDays(14), CardSamples.Now.AddDays(365), StepUpMethod.OneTimeCode, "Grace");

        var card = ConfirmationCard.Build(input, CardHost.WebChat);

        var code = CardJson.OfType(card, "Input.Text").Single(i => (string?)i["id"] != ConfirmationCard.ScopeInputId);
        Assert.Equal(ConfirmationCard.CodeInputId, (string?)code["id"]);
        Assert.Contains("Approved by Grace.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Confirmation_ListsTheWholeScope_EvenWhenLong()
    {
        var scope = CardSamples.ManyScope();
        var input = new ConfirmationCardInput("c", "k", scope, CardSamples.Now, CardSamples.Now, StepUpMethod.OneTimeCode);

        var text = CardJson.AllText(ConfirmationCard.Build(input, CardHost.WebChat));

        Assert.Contains("site60\\.example", text, StringComparison.Ordinal);
        Assert.Contains("member40@a30.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BlastRadius_CutsLongLists_WithACount()
    {
        var text = CardJson.AllText(BlastRadiusCard.Build(new BlastRadiusCardInput(CardSamples.ManyScope(), "c"), CardHost.WebChat));

        Assert.Contains("Accounts deleted (30)", text, StringComparison.Ordinal);
        Assert.Contains("… and 10 more accounts", text, StringComparison.Ordinal);
        Assert.Contains("- … and 40 more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("site21.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoices_ListsNumberDateAmountStatus_WithTheWarningSkipAndTheDataExport()
    {
        var card = InvoicesCard.Build(new InvoicesCardInput("card-inv", "case-ada", CardSamples.Invoices(3)), CardHost.Teams);

        var text = CardJson.AllText(card);
        Assert.Contains("IN-2026-0003", text, StringComparison.Ordinal);
        Assert.Contains("22 January 2026", text, StringComparison.Ordinal);
        Assert.Contains("23.00 USD", text, StringComparison.Ordinal);
        Assert.Contains(InvoicesCard.Warning, text, StringComparison.Ordinal);
        Assert.Equal([CardActions.InvoicesSend, CardActions.InvoicesSkip, CardActions.DataExportSend], CardJson.Actions(card).Select(a => (string)a["data"]!["action"]!));
    }

    [Fact]
    public void Status_OffersUndoOnlyWhileUndoIsPossible()
    {
        var open = StatusCard.Build(new StatusCardInput("case-ada", "Scheduled", CardSamples.Now.AddDays(14), true, []), CardHost.Teams);
        var closed = StatusCard.Build(new StatusCardInput("case-ada", "Deleted", null, false, []), CardHost.Teams);

        Assert.Contains(CardJson.Actions(open), a => (string?)a["data"]?["action"] == CardActions.DeletionUndo);
        Assert.DoesNotContain(CardJson.Actions(closed), a => (string?)a["data"]?["action"] == CardActions.DeletionUndo);
        Assert.Contains("case-ada", CardJson.AllText(open), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsTheLegalClock_ReceivedDueAndAnExtensionWithItsReason()
    {
        var plain = CardJson.AllText(StatusCard.Build(new StatusCardInput("case-ada", "Scheduled", null, true, [],
            new ResponseDeadline(CardSamples.Now, CardSamples.Now.AddMonths(1))), CardHost.WebChat));
        var extended = CardJson.AllText(StatusCard.Build(new StatusCardInput("case-ada", "Scheduled", null, true, [],
            new ResponseDeadline(CardSamples.Now, CardSamples.Now.AddMonths(3), "Many accounts to check")), CardHost.Teams));

        Assert.Contains("Received", plain, StringComparison.Ordinal);
        Assert.Contains("29 November 2026", plain, StringComparison.Ordinal);
        Assert.Contains("29 December 2026", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("extended", plain, StringComparison.Ordinal);
        Assert.Contains("28 February 2027", extended, StringComparison.Ordinal);
        Assert.Contains("Many accounts to check", extended, StringComparison.Ordinal);
        Assert.Contains("Answer due by (extended)", extended, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_OfAPausedCase_SaysWhatBlocksIt_AndOffersResume_ResumeCardAsksBeforeItRuns()
    {
        var paused = StatusCard.Build(new StatusCardInput("case-ada", "Paused", null, true, [], null, ["ada.dev: Auto-renew turned off"]), CardHost.Teams);
        var running = StatusCard.Build(new StatusCardInput("case-ada", "Scheduled", CardSamples.Now, true, []), CardHost.Teams);
        var resume = ResumeCard.Build(new ResumeCardInput("case-ada"), CardHost.Teams);

        Assert.Contains("ada.dev: Auto-renew turned off", CardJson.AllText(paused), StringComparison.Ordinal);
        Assert.Equal([CardActions.DeletionResume, CardActions.DeletionUndo, CardActions.Help], CardJson.Actions(paused).Select(a => (string)a["data"]!["action"]!));
        Assert.DoesNotContain(CardJson.Actions(running), a => (string?)a["data"]?["action"] == CardActions.DeletionResume);
        Assert.Equal([CardActions.DeletionResume, CardActions.DeletionCancel], CardJson.Actions(resume).Select(a => (string)a["data"]!["action"]!));
        Assert.Contains("case-ada", CardJson.AllText(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsTheLatestHistoryLinesFirst()
    {
        var history = Enumerable.Range(1, 8).Select(i => new StatusEvent(CardSamples.Now.AddHours(i), "event " + i)).ToList();

        var text = CardJson.AllText(StatusCard.Build(new StatusCardInput("k", "Scheduled", null, false, history), CardHost.WebChat));

        Assert.Contains("event 8", text, StringComparison.Ordinal);
        Assert.Contains("event 4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("event 3", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("event 8", StringComparison.Ordinal) < text.IndexOf("event 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Scheduled_GivesCaseIdDateAndUndo()
    {
        var card = ScheduledCard.Build(new ScheduledCardInput("case-ada", CardSamples.Now.AddDays(14), CardSamples.Now.AddDays(365)), CardHost.WebChat);

        var text = CardJson.AllText(card);
        Assert.Contains("case-ada", text, StringComparison.Ordinal);
        Assert.Contains("13 December 2026, 03:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains(CardJson.Actions(card), a => (string?)a["data"]?["action"] == CardActions.DeletionUndo);
    }

    [Fact]
    public void HandoffRequest_HasAccept_UntilAccepted()
    {
        var input = new HandoffRequestCardInput("ho_1", "case-cora", "Cora", "Contract Co", HandoffReason.ContractAccount, CardSamples.Now);

        var pending = HandoffRequestCard.Build(input, CardHost.Teams);
        var accepted = HandoffRequestCard.Build(input with { AcceptedBy = new HandoffAcceptance("Mike", CardSamples.Now) }, CardHost.Teams);

        Assert.Contains("Cora at Contract Co needs help deleting their account — contract account", (string)pending["fallbackText"]!, StringComparison.Ordinal);
        var accept = ActionContractTests.Find(pending, CardActions.HandoffAccept);
        Assert.Equal("Action.Execute", (string?)accept["type"]);
        Assert.Equal("ho_1", (string?)accept["data"]!["handoffId"]);
        Assert.Null(accepted["actions"]);
        Assert.Contains("Accepted by Mike", CardJson.AllText(accepted), StringComparison.Ordinal);
    }

    [Fact]
    public void AgentContext_ShowsCaseRouteChecklistAndTranscript_WithHandBackTransferClose()
    {
        var card = AgentContextCard.Build(CardSamples.AgentContext(), CardHost.Teams);

        var text = CardJson.AllText(card);
        Assert.Contains("case-cora", text, StringComparison.Ordinal);
        Assert.Contains("contract (CSM)", text, StringComparison.Ordinal);
        Assert.Contains("2 of 9 required steps done", text, StringComparison.Ordinal);
        Assert.Contains("Message 20 with \\*stars\\* and \\[brackets\\]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Message 8 ", text, StringComparison.Ordinal);
        var names = CardJson.Actions(card).Select(a => (string?)a["data"]?["action"]).OfType<string>().ToList();
        Assert.Equal([CardActions.HandoffHandBack, CardActions.HandoffTransfer, CardActions.HandoffClose], names);
        var target = CardJson.OfType(card, "Input.ChoiceSet").Single();
        Assert.Equal(2, target["choices"]!.AsArray().Count);
    }

    [Fact]
    public void Serializer_WritesTypeFirst_CamelCase_AndNoNulls()
    {
        var json = WelcomeCard.Build(new WelcomeCardInput(), CardHost.WebChat).ToJsonString();

        Assert.StartsWith("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock",""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Text\"", json, StringComparison.Ordinal);
        var reparsed = JsonNode.Parse(json)!.AsObject();
        Assert.Equal("Bolder", (string?)reparsed["body"]![0]!["weight"]);
    }

    [Fact]
    public void Confirmation_AsksToTypeTheExactScope_TheAccountNameOrThePhraseForSeveral()
    {
        foreach (var (scope, phrase) in new[] { (CardSamples.AdaScope(), "Ada's Workshop"), (CardSamples.ManyScope(), "delete 30 accounts"), (CardSamples.BenScope(), "ben@example.com") })
        {
            var card = ConfirmationCard.Build(new ConfirmationCardInput("card-1", "case-1", scope, CardSamples.Now.AddDays(14), CardSamples.Now.AddDays(365), StepUpMethod.OneTimeCode), CardHost.Teams);

            var input = CardJson.OfType(card, "Input.Text").Single(i => (string?)i["id"] == ConfirmationCard.ScopeInputId);
            Assert.Equal("To confirm what is deleted, type: " + phrase, (string?)input["label"]);
            Assert.Equal(true, (bool?)input["isRequired"]);
            Assert.Contains("Type \"" + phrase + "\" and then the 6-digit code", (string)card["fallbackText"]!, StringComparison.Ordinal);
            Assert.Equal(phrase, ScopePhrase.For(scope));
            Assert.True(ScopePhrase.Matches(scope, "  " + phrase.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal) + " "));
            Assert.False(ScopePhrase.Matches(scope, phrase + "x"));
        }
    }
}
