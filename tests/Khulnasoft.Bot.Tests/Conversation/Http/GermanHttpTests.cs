using System.Text.Json;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Legal;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The main flows in German over HTTP against the running host, with real authentication (signed channel tokens, as in
/// <see cref="DeletionHttpTests"/>): activities carry <c>locale: de-DE</c>, and every reply, card and date is German;
/// Teams' <c>clientInfo</c> time zone puts the dates on the user's clock. Also: "auf Deutsch" / "speak English"
/// switch the language and are remembered; and a user who comes back in another channel while their deletion is open
/// proves who they are there and continues at the step they had reached.
/// </summary>
public sealed class GermanHttpTests : AuthenticatedHostTests
{
    private const string GermanDate = @"\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}";

    private static Entity BerlinClient()
    {
        var entity = new Entity("clientInfo") { Properties = [] };
        entity.Properties["locale"] = JsonSerializer.SerializeToElement("de-DE");
        entity.Properties["timezone"] = JsonSerializer.SerializeToElement("Europe/Berlin");
        return entity;
    }

    private ChannelUser Teams(string user, string conversationId, string locale = "de-DE", params Entity[] entities) =>
        Bed.TeamsUser(user, conversationId, locale, entities);

    private ChannelUser WebChat(ConversationReference reference, string? locale) => Bed.WebChatUser(reference, locale);

    [Fact]
    public async Task Ada_InTeams_AufDeutsch_ChecklistInvoicesAndConfirmation_InGerman_OnHerBerlinClock_AndTheCaseKeepsTheEnglishLegalText()
    {
        var ada = Teams("ada", "a:ada-de", "de-DE", BerlinClient());

        await ada.SendAsync("Konto löschen");
        ada.Next(R.Card("Bestätigen Sie Ihr Konto", "Sie sind als", "ada@example.com", "Ja, dieses Konto", CardActions.IdentityConfirm), "the identity card in German");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.Next(R.Card("Was die Löschung Ihres Kontos entfernen würde", "Gelöschte Konten (1)", "Ada Labs", "bob@example.com"), "blast radius");
        ada.Next(R.Card("Bevor wir Ihr Konto löschen können", "1 von 8 erforderlichen Schritten erledigt", "Offen", "Erledigt", "Im Dashboard öffnen", "Erneut prüfen", "UTC+0"), "checklist, checked on her clock");
        ada.Next(R.Text("Noch zu erledigen (7)"), "what is left");
        await ada.SendAsync("hilfe");
        ada.Next(R.Text("Nichts wird gelöscht, bevor Sie bestätigen"), "help mid-flow");
        await ada.SendAsync("Status");
        ada.Next(R.Text("Wir sind mitten in der Löschung Ihres Kontos: die Checkliste"), "status mid-flow");

        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        await ada.SendAsync("erneut prüfen");
        ada.Next(R.Card("8 von 8 erforderlichen Schritten erledigt"), "checklist complete");
        ada.Next(R.Text("Alles Erforderliche ist erledigt"), "moves on");
        ada.Next(a => { R.Text("Vor dem letzten Schritt")(a); R.Card("Ihre Rechnungen", "KS-2026-0901", "Überspringen", CardActions.InvoicesSkip)(a); }, "invoices");
        await ada.SendAsync("überspringen");
        ada.Next(R.Text("nach der Löschung Ihres Kontos nicht mehr abrufen lassen"), "skip warning");
        var confirmation = ada.Next(a =>
        {
            R.Text("Letzter Schritt")(a);
            R.Card("Löschung bestätigen", "Die Löschung läuft am", "danach ist sie endgültig", "bereinigt", "Mein Konto löschen", "scopePhrase", "oneTimeCode")(a);
        }, "confirmation with the German legal texts");
        Assert.Matches(GermanDate, Replies.CardOf(confirmation)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var code = await Host.ConfirmationCodeAsync("ada@example.com");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Lab"), ("oneTimeCode", code));
        ada.Next(R.Text("Das verlangt die Karte nicht. Tippen Sie genau"), "wrong phrase, in German, no attempt used");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", code));
        ada.Next(a =>
        {
            R.Text("Erledigt. Ihre Löschung ist geplant")(a);
            R.Text("(Europe/Berlin)")(a);
            R.Card("Die Löschung Ihres Kontos ist geplant", "Löschung rückgängig machen", "UTC+0")(a);
        }, "scheduled, on her clock");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None);
        Assert.Equal("de", scheduled!.Culture);
        Assert.Equal("Europe/Berlin", scheduled.TimeZone);
        Assert.Equal(LegalTexts.Version(SupportedCultures.English), scheduled.LegalText!.Version);
        Assert.Equal("de", scheduled.LegalText.ShownCulture);
        Assert.Contains("You can undo it until then; after that it is permanent.", scheduled.LegalText.English, StringComparison.Ordinal);
        Assert.Contains("unless the law requires us to keep some of it longer", scheduled.LegalText.English, StringComparison.Ordinal);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_InWebChat_AufDeutsch_FastPath_StatusAndUndo_InGerman_InUtc()
    {
        var ben = WebChat(DemoChats.BoundWebChat("ben@example.com", "dl-ben-de-http"), "de-DE");

        await ben.SendAsync("Hilfe");
        ben.Next(a => { R.Text("Ich helfe Ihnen, Ihr Khulnasoft-Konto zu löschen")(a); R.Card("Was ich kann", "Konto löschen", "Löschstatus", "Meinen Löschstatus prüfen")(a); }, "help in German");
        await ben.SendAsync("Mein Konto löschen");
        ben.Next(R.Card("Sie sind als", "ben@example.com", "Nein, ein anderes Konto"), "identity card");
        await ben.SendAsync("Ja");
        ben.Next(R.Card("Was die Löschung Ihres Kontos entfernen würde", "Ben Baker"), "blast radius");
        ben.Next(R.Card("1 von 1 erforderlichen Schritten erledigt", "UTC"), "nothing to do");
        ben.Next(R.Text("Alles Erforderliche ist erledigt"), "fast path");
        ben.Next(R.Card("KS-2025-1207", "Rechnungen senden", "Überspringen"), "invoices");
        await ben.SendAsync("überspringen");
        ben.Next(R.Text("Alles klar, keine Rechnungen"), "skipped");
        ben.Next(a => { R.Text("Letzter Schritt")(a); R.Card("Zur Bestätigung des Umfangs tippen Sie", "scopePhrase", "oneTimeCode")(a); }, "confirmation");
        await ben.SendAsync("Ben Baker's Account");
        ben.Next(R.Text("Danke. Geben Sie jetzt den 6-stelligen Code ein"), "the phrase typed in chat, in German");
        await ben.SendAsync(await Host.ConfirmationCodeAsync("ben@example.com"));
        var done = ben.Next(a => { R.Text("Erledigt. Ihre Löschung ist geplant")(a); R.Card(CardActions.DeletionUndo, "Vorgang")(a); }, "scheduled");
        Assert.EndsWith("UTC; bis dahin können Sie „rückgängig“ sagen, um sie abzubrechen.", done.Text, StringComparison.Ordinal);
        await ben.SendAsync("Löschstatus");
        ben.Next(a => { R.Text("So steht es um Ihre Löschung")(a); R.Card("Ihre Löschanfrage", "Geplant (Sie können sie noch rückgängig machen)")(a); }, "status card");
        await ben.SendAsync("rückgängig");
        ben.Next(R.Text("ist abgebrochen. Es wurde nichts gelöscht"), "undone");
        await ben.SendAsync("Löschverlauf");
        ben.Next(a => { R.Text("Ihre Löschanfragen:")(a); R.Text("Abgebrochen – es wurde nichts gelöscht")(a); R.Text("(Prüfprotokoll bestätigt)")(a); }, "history");

        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Sam_InTeams_AufDeutsch_EndsAtTheApprovalRoute_InGerman()
    {
        var sam = Teams("sam", "a:sam-de");

        await sam.SendAsync("Konto schließen");
        sam.Next(R.Card("Sie sind als", "sam@ssocorp.example"), "identity card");
        await sam.ClickAsync(CardActions.IdentityConfirm);
        sam.Next(R.Card("Was die Löschung Ihres Kontos entfernen würde"), "blast radius");
        sam.Next(a => { R.Text("nutzt Single Sign-on, daher muss ein Super-Administrator")(a); R.Text("Ich habe Grace Hopper gefragt")(a); }, "approval route");
        await sam.SendAsync("Löschstatus");
        sam.Next(R.Card("Wartet auf die Freigabe durch einen Super-Administrator"), "status while waiting");

        var request = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_sam", CancellationToken.None);
        Assert.Equal(DeletionCaseState.AwaitingApproval, request!.State);
        Assert.Equal("de", request.Culture);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Cora_InTeams_AufDeutsch_EndsAtTheCsmRoute_InGerman()
    {
        var cora = Teams("cora", "a:cora-de");

        await cora.SendAsync("Konto löschen");
        cora.Next(R.Card("Sie sind als", "cora@contract.example"), "identity card");
        await cora.ClickAsync(CardActions.IdentityConfirm);
        cora.Next(R.Card("Contract Co", "Beendete Abonnements"), "blast radius");
        cora.Next(R.Text("hat einen Vertrag, daher kümmert sich Ihr Customer Success Manager um die Löschung"), "CSM route");
        var rest = cora.Rest();

        Assert.Contains(rest, a => (a.Text ?? "").Contains("sagen Sie „weiter“", StringComparison.Ordinal));
        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_cora", CancellationToken.None));
    }

    [Fact]
    public async Task AufDeutsch_AndSpeakEnglish_SwitchTheLanguage_AndTheChoiceIsRemembered_OverTheSameClientLocale()
    {
        var visitor = WebChat(DemoChats.AnonymousWebChat("anon-de-1"), "en-US");

        await visitor.SendAsync("auf Deutsch");
        visitor.Next(R.Text("Alles klar, ab jetzt spreche ich Deutsch."), "switched");
        await visitor.SendAsync("delete my account");
        visitor.Next(R.Text("Wie lautet die E-Mail-Adresse des Khulnasoft-Kontos"), "German although the client says en-US");
        await visitor.SendAsync("keine adresse");
        visitor.Next(R.Text("Das sieht nicht nach einer E-Mail-Adresse aus"), "German retry");
        await visitor.SendAsync("speak English");
        visitor.Next(R.Text("Okay, I'll speak English from now on."), "switched back");
        visitor.Rest(); // the question again, now in English (LanguageSwitchRepromptTests asserts it)
        await visitor.SendAsync("nobody@nowhere.example");
        visitor.Next(R.Text("If an account exists for nobody@nowhere.example, I've sent it a 6-digit code. It expires in 10 minutes."), "what comes next is English");
        await visitor.SendAsync("auf Deutsch");
        visitor.Next(R.Text("ab jetzt spreche ich Deutsch"), "German again");
        visitor.Rest();
        await visitor.SendAsync("123456");
        visitor.Next(R.Text("Dieser Code stimmt nicht. Noch 2 Versuche."), "and German again");

        // The same user in a new conversation: the choice is remembered (user state).
        var reference = DemoChats.AnonymousWebChat("anon-de-2");
        reference.User!.Id = "anon-anon-de-1";
        var again = WebChat(reference, "en-US");
        await again.SendAsync("hallo?");
        again.Next(R.Text("Das habe ich nicht verstanden"), "remembered");

        // A client that now sends another locale is followed again.
        var moved = WebChat(new ConversationReference
        {
            ChannelId = reference.ChannelId, ServiceUrl = reference.ServiceUrl, Conversation = new ConversationAccount { Id = "anon-de-3" },
            User = reference.User, Bot = reference.Bot,
        }, "en-GB");
        await moved.SendAsync("what?");
        moved.Next(R.Text("I didn't catch that."), "the client's new locale wins");
    }
}
