using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// "auf Deutsch" / "speak English" typed while a question waits, over HTTP against the running host with real channel
/// tokens: the bot switches and asks the same question again in the new language — text, card and buttons — although
/// the client keeps sending its locale (the saved choice wins over it). A retry after the switch speaks the new language
/// too, and the question asked again is answered as the first one was (same card, same code).
/// </summary>
public sealed class LanguageSwitchRepromptTests : AuthenticatedHostTests
{
    private const string SwitchedToGerman = "Alles klar, ab jetzt spreche ich Deutsch.";
    private const string SwitchedToEnglish = "Okay, I'll speak English from now on.";

    /// <summary>A visitor in anonymous Web Chat (<c>en-US</c>) who asked to delete their account: the bot asks for the email.</summary>
    private async Task<ChannelUser> AtTheEmailQuestionAsync(string conversationId)
    {
        var visitor = Bed.WebChatUser(DemoChats.AnonymousWebChat(conversationId), "en-US");
        await visitor.SendAsync("delete my account");
        visitor.Next(R.Text("What's the email address of the Khulnasoft account you want to delete?"), "asked in English");
        return visitor;
    }

    private ChannelUser Ben(string conversationId) => Bed.WebChatUser(DemoChats.BoundWebChat("ben@example.com", conversationId), "en-US");

    private static string[] Buttons(Activity activity) => [.. (activity.SuggestedActions?.Actions ?? []).Select(a => a.Title ?? "")];

    [Fact]
    public async Task AtTheEmailPrompt_AufDeutsch_AsksForTheEmailAgainInGerman_AndTheRetryIsGerman()
    {
        var visitor = await AtTheEmailQuestionAsync("anon-switch-email");

        await visitor.SendAsync("auf Deutsch");

        visitor.Next(R.Text(SwitchedToGerman), "switched");
        var again = visitor.Next(R.Text("Wie lautet die E-Mail-Adresse des Khulnasoft-Kontos, das Sie löschen möchten?"), "the same question, in German");
        Assert.Equal(InputHints.ExpectingInput, again.InputHint);
        await visitor.SendAsync("keine adresse");
        visitor.Next(R.Text("Das sieht nicht nach einer E-Mail-Adresse aus"), "the retry in German");
    }

    [Fact]
    public async Task AtTheCodePrompt_AufDeutsch_ThenSpeakEnglish_AskForTheCodeAgainInEachLanguage_WithTheResendButton()
    {
        var visitor = await AtTheEmailQuestionAsync("anon-switch-code");
        await visitor.SendAsync("nobody@nowhere.example");
        var asked = visitor.Next(R.Text("If an account exists for nobody@nowhere.example, I've sent it a 6-digit code. It expires in 10 minutes."), "asked in English");
        Assert.Equal(["Send a new code"], Buttons(asked));

        await visitor.SendAsync("auf Deutsch");

        visitor.Next(R.Text(SwitchedToGerman), "switched");
        var german = visitor.Next(R.Text("Falls es ein Konto für nobody@nowhere.example gibt, habe ich ihm einen 6-stelligen Code gesendet. Er läuft in 10 Minuten ab."), "the same question, in German");
        Assert.Equal(["Neuen Code senden"], Buttons(german));
        Assert.Equal(InputHints.ExpectingInput, german.InputHint);

        await visitor.SendAsync("123456");
        visitor.Next(R.Text("Dieser Code stimmt nicht. Noch 2 Versuche."), "the next round in German");
        await visitor.SendAsync("speak English");

        visitor.Next(R.Text(SwitchedToEnglish), "switched back");
        var english = visitor.Next(R.Text("That code isn't right. 2 attempts left."), "what the last round said, in English");
        Assert.Equal(["Send a new code"], Buttons(english));
        await visitor.SendAsync("no code");
        var retry = visitor.Next(R.Text("A code has 6 digits."), "the retry in English");
        Assert.Equal(["Send a new code"], Buttons(retry));
    }

    [Fact]
    public async Task AtTheIdentityCard_AufDeutsch_ShowsTheCardAgainInGerman_AndItsButtonStillAnswers()
    {
        var ada = Bed.TeamsUser("ada", "a:ada-switch-identity", "en-US");
        await ada.SendAsync("delete my account");
        ada.Next(R.Card("Confirm your account", "ada@example.com", "Yes, this account"), "asked in English");

        await ada.SendAsync("auf Deutsch");

        ada.Next(R.Text(SwitchedToGerman), "switched");
        ada.Next(a =>
        {
            R.Text("Sie sind als ada@example.com angemeldet. Ist das das Konto, das Sie löschen möchten?")(a);
            R.Card("Bestätigen Sie Ihr Konto", "Ja, dieses Konto", "Nein, ein anderes Konto", "ada@example.com", CardActions.IdentityConfirm)(a);
        }, "the same card, in German");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.Next(R.Card("Was die Löschung Ihres Kontos entfernen würde", "Ada Labs"), "the click on the card asked again is her answer");
        ada.Rest();
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AtTheInvoices_AufDeutsch_ThenSpeakEnglish_ShowTheInvoicesCardAgainInEachLanguage()
    {
        var ben = Ben("dl-ben-switch-invoices");
        await ToTheInvoicesAsync(ben);

        await ben.SendAsync("auf Deutsch");

        ben.Next(R.Text(SwitchedToGerman), "switched");
        ben.Next(a =>
        {
            R.Text("Vor dem letzten Schritt: Ihre Rechnungen lassen sich nach der Löschung Ihres Kontos nicht mehr abrufen.")(a);
            R.Card("Ihre Rechnungen", "KS-2025-1207", "Rechnungen senden", "Überspringen", CardActions.InvoicesSkip)(a);
        }, "the same card, in German");
        await ben.SendAsync("vielleicht");
        ben.Next(R.Text("Wählen Sie „Rechnungen senden“ oder „Überspringen“ auf der Karte"), "the retry in German");

        await ben.SendAsync("speak English");

        ben.Next(R.Text(SwitchedToEnglish), "switched back");
        ben.Next(a =>
        {
            R.Text("Before the final step: your invoices can't be retrieved after your account is deleted.")(a);
            R.Card("Your invoices", "KS-2025-1207", "Skip", CardActions.InvoicesSkip)(a);
        }, "the same card, in English");
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(R.Text("can't be retrieved once your account is deleted"), "the card asked again answers the step");
        ben.Next(R.Card("Confirm the deletion", CardActions.DeletionConfirm), "on to the confirmation, in English");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AtTheConfirmation_AufDeutsch_ShowsTheConfirmationAgainInGerman_WithoutANewCode_AndItsButtonConfirms()
    {
        var ben = Ben("dl-ben-switch-confirm");
        await ToTheInvoicesAsync(ben);
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(R.Text("can't be retrieved once your account is deleted"), "skipped");
        ben.Next(a => { R.Text("Last step.")(a); R.Card("Confirm the deletion", "Delete my account", "scopePhrase", "oneTimeCode")(a); }, "asked in English");
        var mails = await Host.MailCountAsync("ben@example.com");

        await ben.SendAsync("auf Deutsch");

        ben.Next(R.Text(SwitchedToGerman), "switched");
        ben.Next(a =>
        {
            R.Text("Letzter Schritt. Um genau zu bestätigen, was gelöscht wird, tippen Sie")(a);
            R.Card("Löschung bestätigen", "Mein Konto löschen", "Ben Baker's Account", "scopePhrase", "oneTimeCode")(a);
        }, "the same card, in German");
        Assert.Equal(mails, await Host.MailCountAsync("ben@example.com"));
        await ben.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ben Baker's Account"), ("oneTimeCode", await Host.ConfirmationCodeAsync("ben@example.com")));
        ben.Next(a => { R.Text("Erledigt. Ihre Löschung ist geplant")(a); R.Card(CardActions.DeletionUndo)(a); }, "confirmed with the code of the first mail, in German");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None);
        Assert.Equal("de", scheduled!.Culture);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AtTheResumeQuestion_AufDeutsch_AsksAgainInGerman_AndNotNowLeavesItPaused()
    {
        var caseId = await BensPausedCaseAsync();
        var ben = Ben("dl-ben-switch-resume");
        await ben.SendAsync("resume");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "who he is");
        await ben.SendAsync("yes");
        ben.Next(R.Text("is paused: something needs your attention first"), "told why");
        ben.Next(R.Card("1 of 1 required steps done"), "nothing blocks it");
        ben.Next(R.Text("Everything required is done"), "done");
        ben.Next(a => { R.Text($"Everything that paused your deletion (case {caseId}) is done.")(a); R.Card("Resume your account deletion?", CardActions.DeletionResume)(a); }, "asked in English");

        await ben.SendAsync("auf Deutsch");

        ben.Next(R.Text(SwitchedToGerman), "switched");
        ben.Next(a =>
        {
            R.Text($"Alles, was Ihre Löschung (Vorgang {caseId}) angehalten hat, ist erledigt.")(a);
            R.Card("Löschung Ihres Kontos fortsetzen?", "Meine Löschung fortsetzen", "Nicht jetzt", caseId, CardActions.DeletionResume, CardActions.DeletionCancel)(a);
        }, "the same question, in German");
        await ben.SendAsync("vielleicht");
        ben.Next(R.Text("Wählen Sie „Meine Löschung fortsetzen“"), "the retry in German");
        await ben.ClickAsync(CardActions.DeletionCancel);
        ben.Next(R.Text("Ihre Löschung bleibt angehalten. Es wurde nichts gelöscht."), "left paused, in German");

        Assert.Equal(DeletionCaseState.Blocked, (await Host.Services.GetRequiredService<DeletionCaseStore>().GetAsync(caseId, CancellationToken.None))!.State);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AtTheCsmQuestion_AufDeutsch_AsksAgainInGerman()
    {
        var cora = Bed.TeamsUser("cora", "a:cora-switch", "en-US");
        await cora.SendAsync("delete my account");
        cora.Next(R.Card("cora@contract.example"), "identity card");
        await cora.ClickAsync(CardActions.IdentityConfirm);
        cora.Next(R.Card("Contract Co"), "blast radius");
        cora.Next(R.Text("Customer Success Manager handles its deletion"), "CSM route");
        Assert.Contains(cora.Rest(), a => (a.Text ?? "").StartsWith("Once your Customer Success Manager has handed you back to me, say \"continue\"", StringComparison.Ordinal));
        await cora.SendAsync("cancel");
        cora.Next(R.Text("I've stopped looking for someone"), "she stops waiting for Mike; the step still waits");

        await cora.SendAsync("auf Deutsch");

        cora.Next(R.Text(SwitchedToGerman), "switched");
        cora.Next(R.Text("Sobald Ihr Customer Success Manager Sie an mich zurückgegeben hat, sagen Sie „weiter“, und ich prüfe Contract Co erneut"), "the same question, in German");
    }

    [Fact]
    public async Task APromptSavedBeforePromptsHadATemplate_IsAskedAgainWithTheTextItStored()
    {
        var visitor = await AtTheEmailQuestionAsync("anon-switch-saved-before");
        await SaveAsBeforeTemplatesAsync("directline/conversations/anon-switch-saved-before", "The question as it was stored?", "The retry as it was stored.");

        await visitor.SendAsync("auf Deutsch");

        visitor.Next(R.Text(SwitchedToGerman), "switched");
        visitor.Next(R.Text("The question as it was stored?"), "the question it stored");
        await visitor.SendAsync("keine adresse");
        visitor.Next(R.Text("The retry as it was stored."), "the retry it stored");
        await visitor.SendAsync("nobody@nowhere.example");
        visitor.Next(R.Text("Falls es ein Konto für nobody@nowhere.example gibt"), "the next question is built in the turn's language");
    }

    /// <summary>
    /// Rewrites the waiting prompt of the stored conversation as the bot stored prompts before they had a template:
    /// the rendered question and retry, and no template.
    /// </summary>
    private async Task SaveAsBeforeTemplatesAsync(string key, string question, string retry)
    {
        var storage = Host.Services.GetRequiredService<IStorage>();
        var document = JsonSerializer.SerializeToNode((await storage.ReadAsync([key]))[key], StorageJson.Options)!.AsObject();
        var options = Assert.Single(WithTemplate(document));
        options.Remove("template");
        options["prompt"] = new JsonObject { ["type"] = ActivityTypes.Message, ["text"] = question, ["inputHint"] = InputHints.ExpectingInput };
        options["retryPrompt"] = new JsonObject { ["type"] = ActivityTypes.Message, ["text"] = retry, ["inputHint"] = InputHints.ExpectingInput };
        document.Remove("eTag");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = document });
    }

    private static IEnumerable<JsonObject> WithTemplate(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("template") => [o],
        JsonObject o => o.SelectMany(p => WithTemplate(p.Value)),
        JsonArray a => a.SelectMany(WithTemplate),
        _ => [],
    };

    private async Task ToTheInvoicesAsync(ChannelUser ben)
    {
        await ben.SendAsync("delete my account");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "vouched for by the channel");
        await ben.SendAsync("yes");
        ben.Next(R.Card("What deleting your account would remove"), "blast radius");
        ben.Next(R.Card("1 of 1 required steps done"), "nothing to do");
        ben.Next(R.Text("Everything required is done"), "fast path");
        ben.Next(a =>
        {
            R.Text("Before the final step")(a);
            R.Card("Your invoices", "KS-2025-1207", "Send my invoices", "Skip", CardActions.InvoicesSkip)(a);
        }, "asked in English");
    }

    /// <summary>ben's deletion, scheduled and then paused (as the deletion job pauses a case whose prerequisites came back).</summary>
    private async Task<string> BensPausedCaseAsync()
    {
        var scheduler = Host.Services.GetRequiredService<DeletionScheduler>();
        var reference = DemoChats.BoundWebChat("ben@example.com", "dl-ben-switch-resume");
        var requested = await scheduler.RequestAsync(
            new DeletionRequest("user_ben", ["acct_ben"], reference, "ben@example.com", DeletionActors.User("user_ben")), CancellationToken.None);
        var blocked = await Host.Services.GetRequiredService<DeletionCaseStore>().UpdateAsync(requested.CaseId, "test", c =>
        {
            c.TransitionTo(DeletionCaseState.Blocked, Host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "test", "prerequisites reappeared");
            c.Blockers = [new CaseBlocker(UnmetCodes.ActiveSubscription, "acct_ben", ResourceId: "sub_ben", Name: "Free")];
            return new CaseChange("case.blocked");
        }, CancellationToken.None);
        Assert.Equal(DeletionCaseState.Blocked, blocked!.State);
        return requested.CaseId;
    }
}
