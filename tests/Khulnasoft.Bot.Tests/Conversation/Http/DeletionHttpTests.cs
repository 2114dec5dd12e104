using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// The deletion conversation over HTTP against the running host (Program on Kestrel, embedded sandbox), with real
/// authentication: the host has an app id, every POST to <c>/api/messages</c> carries a channel token signed by a local
/// OpenID issuer, and the bot's own outgoing token comes from a local token endpoint. Messages use
/// <c>expectReplies</c>, so the replies are read from the HTTP response; whatever else the bot sends (an approver's
/// card, the CSM's card, replies to an invoke) goes to a fake Teams connector. Every card received is run through
/// the official Adaptive Cards parser at 1.5.
/// </summary>
public sealed class DeletionHttpTests : TeamsChannelConversation
{

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.WithSeed(AddOlaWithTwoAccounts).Start();
    }

    /// <summary>ola (not in the demo seed) is primary owner of two accounts, each with a payment method on file.</summary>
    private static void AddOlaWithTwoAccounts(JsonObject seed)
    {
        seed["users"]!.AsArray().Add(new JsonObject { ["id"] = "user_ola", ["email"] = "ola@example.com", ["name"] = "Ola Owner" });
        foreach (var (id, name, last4) in new[] { ("acct_ola_studio", "Ola Studio", "1111"), ("acct_ola_shop", "Ola Shop", "2222") })
        {
            seed["accounts"]!.AsArray().Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["type"] = "standard",
                ["created_on"] = "2024-05-01T09:00:00Z",
                ["members"] = new JsonArray(new JsonObject { ["id"] = "mem_" + id, ["user_id"] = "user_ola", ["roles"] = new JsonArray("Super Administrator"), ["is_primary_owner"] = true }),
                ["payment_method"] = new JsonObject { ["type"] = "card", ["brand"] = "Visa", ["last4"] = last4, ["expiry_month"] = 1, ["expiry_year"] = 2030 },
                ["balance"] = 0,
                ["currency"] = "USD",
            });
        }
    }

    private ChannelUser Teams(string user, string conversationId) =>
        new(Host, Credentials, DemoChats.Teams(user, conversationId, Connector.ServiceUrl), R);

    private ChannelUser WebChat(ConversationReference reference) => new(Host, Credentials, reference, R);

    /// <summary>ada starts in Teams, confirms the identity her channel token vouches for, and gets her checklist (returned).</summary>
    private Task<Activity> ToHerChecklistAsync(ChannelUser ada) => ToHerChecklistAsync(ada, R);

    /// <inheritdoc cref="ToHerChecklistAsync(ChannelUser)"/>
    internal static async Task<Activity> ToHerChecklistAsync(ChannelUser ada, Replies R)
    {
        ArgumentNullException.ThrowIfNull(ada);
        ArgumentNullException.ThrowIfNull(R);
        await ada.SendAsync("delete my account");
        ada.Next(R.Card("You're signed in as", "ada@example.com", CardActions.IdentityConfirm), "the channel vouches for ada");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.Next(R.Card("What deleting your account would remove", "Ada Labs", "bob@example.com"), "blast radius");
        var checklist = ada.Next(R.Card("ada.dev", "adashop.com", "/sandbox/dash/zones/zone_ada_dev", "1 of 8 required steps done", CardActions.DeletionRecheck), "checklist");
        ada.Next(R.Text("Still to do (7)"), "what is left");
        return checklist;
    }

    [Fact]
    public async Task Ada_InTeams_IsVouchedForByHerChannelToken_TheChecklistChangesWithEachStep_AndHerDeletionIsScheduled()
    {
        var ada = Teams("ada", "a:ada-http");

        await ToHerChecklistAsync(ada);

        await ada.SendAsync("help");
        ada.Next(R.Text("Nothing is deleted before you confirm"), "help mid-flow");

        await Host.DashboardAsync(AdaPrerequisites.Subscriptions);
        await ada.SendAsync("re-check");
        ada.Next(R.Card("2 of 8 required steps done"), "a fresh card: no message id to update under expectReplies");
        ada.Next(R.Text("Still to do (6)"), "subscriptions cancelled");

        await Host.DashboardAsync(AdaPrerequisites.NameserversAndAutoRenew);
        var inPlace = await ada.ExecuteAsync(CardActions.DeletionRecheck);
        var updated = ChannelUser.CardOf(inPlace);
        Assert.Contains("4 of 8 required steps done", updated.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("1.5", updated["version"]?.GetValue<string>());

        await Host.DashboardAsync(AdaPrerequisites.DnsRecordsAndDomains);
        await ada.SendAsync("re-check");
        ada.Next(R.Card("7 of 8 required steps done"), "checklist");
        ada.Next(R.Text("Still to do (1): Ada Labs: Payment information deleted"), "only the payment method left");

        await Host.DashboardAsync(AdaPrerequisites.PaymentMethod);
        await ada.SendAsync("re-check");
        ada.Next(R.Card("8 of 8 required steps done"), "checklist complete");
        ada.Next(R.Text("Everything required is done"), "moves on");
        ada.Next(R.Card("KS-2026-0901", "KS-2026-1101", CardActions.InvoicesSkip), "invoices");

        await ada.ClickAsync(CardActions.InvoicesSkip);
        ada.Next(R.Text("can't be retrieved once your account is deleted"), "a card submit answers the invoices prompt");
        ada.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode", "To confirm what is deleted, type: Ada Labs"), "confirmation");
        var code = await Host.ConfirmationCodeAsync("ada@example.com");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Lab"), ("oneTimeCode", code));
        ada.Next(R.Text("That isn't what the card asks for. Type exactly `Ada Labs`"), "wrong phrase: help, no attempt used");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", BotTestHost.OtherCode(code)));
        ada.Next(R.Text("That doesn't match. 2 attempt(s) left."), "wrong code: the first attempt used");
        await ada.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", " ada  labs "), ("oneTimeCode", code));
        ada.Next(R.Card(CardActions.DeletionUndo), "scheduled");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None);
        Assert.Equal(DeletionCaseState.Scheduled, scheduled!.State);
        Assert.Equal(["acct_ada_labs"], scheduled.AccountIds);
        Assert.Equal("a:ada-http", scheduled.Conversation!.Conversation!.Id);
        Assert.Empty(Connector.ActivitiesTo("a:ada-http"));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ada_InTeamsWithNormalDelivery_RepliesGoThroughTheConnector_RecheckUpdatesTheCardInPlace_AndTheButtonMovesOnWhenDone()
    {
        var ada = new ChannelUser(Host, Credentials, DemoChats.Teams("ada", "a:ada-connector", Connector.ServiceUrl), R)
        {
            Connector = () => Connector.ActivitiesTo("a:ada-connector"),
        };

        var checklist = await ToHerChecklistAsync(ada);

        await Host.DashboardAsync(AdaPrerequisites.Subscriptions);
        await ada.SendAsync("re-check");
        ada.Next(R.Text("Still to do (6)"), "no second card: the first one is updated");

        var update = Assert.Single(Connector.Updated);
        Assert.Equal("a:ada-connector", update.ConversationId);
        Assert.Equal(Connector.ActivityIdOf[checklist], update.ActivityId);
        R.Card("2 of 8 required steps done", CardActions.DeletionRecheck)(update.Activity);

        await Host.DashboardAsync([.. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        var done = ChannelUser.CardOf(await ada.ExecuteAsync(CardActions.DeletionRecheck));
        R.Card("8 of 8 required steps done")(CardMessages.Create(done));
        ada.Next(R.Text("Everything required is done"), "the button's turn goes on to the next step, through the connector");
        ada.Next(R.Card("KS-2026-0901", CardActions.InvoicesSkip), "invoices");
        await ada.ClickAsync(CardActions.InvoicesSkip);
        ada.Next(R.Text("can't be retrieved once your account is deleted"), "skip warning");
        ada.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");

        Assert.All(Connector.Sent, s => Assert.Equal("ada", s.Activity.Recipient?.Name));
        Assert.True(Credentials.OutgoingTokenRequests >= 1, "the bot got its outgoing token from the token endpoint");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task TeamsRecheckInvoke_OutsideAChecklist_IsAnsweredWithAMessage_AndAForgedTokenIsRefused()
    {
        var ada = Teams("ada", "a:ada-http-2");
        await ToHerChecklistAsync(ada);
        await ada.SendAsync("cancel");
        ada.Next(R.Text("Okay, I've stopped. Nothing was deleted."), "cancelled mid-checklist");

        var answer = await ada.ExecuteAsync(CardActions.DeletionRecheck);

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, answer["type"]!.GetValue<string>());
        Assert.Contains("no longer active", answer["value"]!.GetValue<string>(), StringComparison.Ordinal);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent("""{"type":"message","text":"delete my account","channelId":"msteams","serviceUrl":"https://smba.example.invalid/","conversation":{"id":"a:x"},"from":{"id":"29:x","aadObjectId":"a0000000-0000-4000-8000-00000000000a"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        using var refused = await Host.Http.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await R.ValidateCardsAsync();
    }

    /// <summary>ben, once verified, has nothing to do: blast radius, a complete checklist, straight on to his invoice.</summary>
    private void ToTheInvoices(ConversationUser ben)
    {
        ben.Next(R.Card("What deleting your account would remove", "Ben Baker", "ben@example.com"), "blast radius");
        ben.Next(R.Card("1 of 1 required steps done"), "nothing to do");
        ben.Next(R.Text("Everything required is done"), "fast path");
        ben.Next(R.Card("KS-2025-1207", CardActions.InvoicesSend, CardActions.InvoicesSkip), "invoices");
    }

    [Fact]
    public async Task Ben_InWebChat_FastPath_DownloadsHisInvoiceFromTheSignedLink_AndConfirmsByTypingHisEmail()
    {
        var ben = WebChat(DemoChats.BoundWebChat("ben@example.com", "dl-ben-http"));

        await ben.SendAsync("Delete my account!");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "bound Direct Line id vouched for by the channel");
        await ben.SendAsync("yes");
        ToTheInvoices(ben);

        await ben.ClickAsync(CardActions.InvoicesSend);
        var pdf = ben.Next(a => Assert.Contains(a.Attachments!, x => x.ContentType == "application/pdf"), "the invoice as a signed link")
            .Attachments!.Single(x => x.ContentType == "application/pdf");
        ben.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");

        using (var download = await Host.Http.GetAsync(pdf.ContentUrl))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        }

        using (var tampered = await Host.Http.GetAsync(pdf.ContentUrl![..^2] + (pdf.ContentUrl.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        }

        await ben.SendAsync("ben@example.com");
        ben.Next(R.Text("To confirm, type `Ben Baker's Account`"), "his email is neither the phrase nor a code: help");
        await ben.SendAsync("Ben Baker's Account");
        ben.Next(R.Text("Now enter the 6-digit code I emailed to ben@example.com"), "the phrase typed in chat");
        await ben.SendAsync(await Host.ConfirmationCodeAsync("ben@example.com"));
        ben.Next(a => { R.Text("Your deletion is scheduled")(a); R.Card(CardActions.DeletionUndo)(a); }, "scheduled, with undo");
        await ben.SendAsync("status");
        ben.Next(R.Card(CardActions.DeletionUndo, "Scheduled"), "status card");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None);
        Assert.Equal(DeletionCaseState.Scheduled, scheduled!.State);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Sam_SsoAdministrator_EndsAtTheApprovalRoute_AndGraceGetsTheCardThroughTheConnector()
    {
        var sam = Teams("sam", "a:sam-http");

        await sam.SendAsync("close my account");
        sam.Next(R.Card("sam@ssocorp.example"), "identity card");
        await sam.ClickAsync(CardActions.IdentityConfirm);
        sam.Next(R.Card("What deleting your account would remove"), "blast radius");
        sam.Next(R.Text("I've asked Grace Hopper"), "told who was asked");

        var request = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_sam", CancellationToken.None);
        Assert.Equal(DeletionCaseState.AwaitingApproval, request!.State);
        var created = Assert.Single(Connector.Created);
        Assert.Contains(DemoUsers.ByKey["grace"].AadObjectId, created.Parameters.ToJsonString(), StringComparison.Ordinal);
        var toGrace = (await Jobs.Eventually.UntilAsync(() => Task.FromResult(Connector.ActivitiesTo(created.ConversationId)), sent => sent.Any(a => Replies.CardOf(a) is not null),
            "the approval card in grace's new chat")).First(a => Replies.CardOf(a) is not null);
        R.See(toGrace);
        Assert.Contains("Sam Singh", Replies.CardOf(toGrace)!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(Credentials.OutgoingTokenRequests >= 1, "the bot got its outgoing token from the token endpoint");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Cora_ContractAccount_EndsAtTheCsmRoute()
    {
        var cora = Teams("cora", "a:cora-http");

        await cora.SendAsync("Konto löschen");
        cora.Next(R.Card("cora@contract.example"), "identity card");
        await cora.ClickAsync(CardActions.IdentityConfirm);
        cora.Next(R.Card("Contract Co"), "blast radius");
        cora.Next(R.Text("Customer Success Manager handles its deletion"), "CSM route");
        var rest = cora.Rest();

        Assert.Contains(rest, a => (a.Text ?? "").Contains("Mike Morgan", StringComparison.Ordinal));
        // The hub gets the live checklist state of Contract Co: its zone still has the contract subscription, the domain
        // and the nameservers; there is no payment method on file.
        var initiation = Assert.Single(rest, a => a.Type == ActivityTypes.Event && a.Name == "handoff.initiate");
        var checklist = JsonSerializer.SerializeToNode(initiation.Value, BotJson.Options)!["checklist"]!;
        Assert.Equal(4, checklist["total"]!.GetValue<int>());
        Assert.Equal(1, checklist["done"]!.GetValue<int>());
        Assert.Equal(3, checklist["pending"]!.AsArray().Count(p => p!.GetValue<string>().StartsWith("contract.example: ", StringComparison.Ordinal)));
        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_cora", CancellationToken.None));
        var created = Assert.Single(Connector.Created);
        Assert.Contains("80000000-0000-4000-8000-000000000008", created.Parameters.ToJsonString(), StringComparison.Ordinal);
        foreach (var sent in Connector.ActivitiesTo(created.ConversationId))
        {
            R.See(sent);
        }

        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Stranger_GetsWordForWordTheSameAnswersAsAUser_AndNoCodeWorks()
    {
        var stranger = WebChat(DemoChats.AnonymousWebChat("anon-http-1"));
        var user = WebChat(DemoChats.AnonymousWebChat("anon-http-2"));
        var answers = new List<(string Stranger, string User)>();

        foreach (var (said, expected) in new[]
        {
            ("delete my account", IdentityTexts.AskEmail),
            ("{email}", IdentityTexts.CodeSent("{email}", TimeSpan.FromMinutes(10))),
            ("123456", IdentityTexts.WrongCode(2)),
            ("654321", IdentityTexts.WrongCode(1)),
            ("000000", "can't accept any more"),
        })
        {
            await stranger.SendAsync(said.Replace("{email}", "nobody@nowhere.example", StringComparison.Ordinal));
            var toStranger = stranger.Next(R.Text(expected.Replace("{email}", "nobody@nowhere.example", StringComparison.Ordinal)), "stranger: " + said);
            await user.SendAsync(said.Replace("{email}", "lee@held.example", StringComparison.Ordinal));
            var toUser = user.Next(R.Text(expected.Replace("{email}", "lee@held.example", StringComparison.Ordinal)), "user: " + said);
            answers.Add((toStranger.Text!.Replace("nobody@nowhere.example", "{email}", StringComparison.Ordinal), toUser.Text!.Replace("lee@held.example", "{email}", StringComparison.Ordinal)));
        }

        Assert.All(answers, a => Assert.Equal(a.User, a.Stranger));
        Assert.Equal(0, await Host.MailCountAsync("nobody@nowhere.example"));
        await Jobs.Eventually.UntilAsync(() => Host.MailCountAsync("lee@held.example"), n => n == 1, "the real user's code mail");
    }

    [Fact]
    public async Task AnonymousBen_WrongCodeThreeTimes_IsLocked_ThenANewCodeWorks_HelpStatusAndCancelMidFlow()
    {
        var ben = WebChat(DemoChats.AnonymousWebChat("anon-http-ben"));

        await ben.SendAsync("delete my account");
        ben.Next(R.Text(IdentityTexts.AskEmail), "ask email");
        await ben.SendAsync("ben@example.com");
        ben.Next(R.Text(IdentityTexts.CodeSent("ben@example.com", TimeSpan.FromMinutes(10))), "code sent");
        var firstCode = await Jobs.Eventually.UntilAsync(() => Host.LatestCodeAsync("ben@example.com"), c => c is not null, "the first code mail");
        foreach (var (code, answer) in new[] { ("111111", IdentityTexts.WrongCode(2)), ("222222", IdentityTexts.WrongCode(1)), ("333333", "can't accept any more") })
        {
            await ben.SendAsync(code);
            ben.Next(R.Text(answer), "wrong code " + code);
        }

        await ben.SendAsync("delete my account");
        ben.Next(R.Text(IdentityTexts.AskEmail), "starts again");
        await ben.SendAsync("ben@example.com");
        ben.Next(R.Text("If an account exists for ben@example.com"), "a new code");
        await ben.SendAsync("help");
        ben.Next(R.Text(IdentityTexts.WhyWeVerify), "help while identifying");
        // Each code is waited for by its value: the outbox's senders work in parallel, so a second mail can arrive
        // before the first, and "the latest of two mails" was then the first code (about 1 run in 4).
        var newCode = await Jobs.Eventually.UntilAsync(() => Host.LatestCodeAsync("ben@example.com"), c => c is not null && c != firstCode, "the second code mail");
        await ben.SendAsync(newCode!);
        ToTheInvoices(ben);
        await ben.SendAsync("status");
        ben.Next(R.Text("your invoices"), "status mid-flow");
        await ben.SendAsync("cancel");
        ben.Next(R.Text("Okay, I've stopped. Nothing was deleted."), "cancelled");
        await ben.SendAsync("skip");
        ben.Next(R.Text(KhulnasoftActivityHandler.Fallback), "the flow is over");

        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_ThroughTheBotsOwnDirectLine_GoesFromTheWelcomeCardToAScheduledDeletion()
    {
        var ben = await DirectLineUser.StartAsync(Host, R, "ben@example.com");

        var welcome = Assert.Single(await ben.ReadAsync());
        R.Card(CardActions.DeletionStart)(welcome);
        await ben.ClickAsync(CardActions.DeletionStart);
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "the id bound into the Direct Line token is vouched for");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        ToTheInvoices(ben);
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(R.Text("can't be retrieved once your account is deleted"), "skip warning");
        ben.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        await ben.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ben Baker's Account"), ("oneTimeCode", await Host.ConfirmationCodeAsync("ben@example.com")));
        ben.Next(R.Card(CardActions.DeletionUndo), "scheduled");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None);
        Assert.Equal(DeletionCaseState.Scheduled, scheduled!.State);
        Assert.Equal(ben.ConversationId, scheduled.Conversation!.Conversation!.Id);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ola_OwnsTwoAccounts_TheChecklistNamesTheAccountOfEachPaymentMethod()
    {
        var ola = WebChat(DemoChats.BoundWebChat("ola@example.com", "dl-ola-http"));

        await ola.SendAsync("close my account");
        ola.Next(R.Card("ola@example.com"), "identity card");
        await ola.SendAsync("yes");
        ola.Next(R.Card("Ola Studio", "Ola Shop"), "both accounts are deleted");
        ola.Next(R.Card("0 of 2 required steps done", "Your account · Ola Studio", "Your account · Ola Shop", "/sandbox/dash/accounts/acct_ola_shop/billing"), "checklist");
        ola.Next(R.Text("Still to do (2): Ola Studio: Payment information deleted; Ola Shop: Payment information deleted."), "each item names its account");

        await Host.DashboardAsync("accounts/acct_ola_shop/billing/payment-method/delete");
        await ola.SendAsync("re-check");
        ola.Next(R.Card("1 of 2 required steps done"), "checklist");
        ola.Next(R.Text("Still to do (1): Ola Studio: Payment information deleted."), "the shop's card is gone; the studio's is left");

        var sections = R.LastCard!["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "Container").Select(c => c.ToJsonString()).ToList();
        Assert.Equal(2, sections.Count);
        Assert.Contains("acct_ola_studio/billing", sections.Single(c => c.Contains("Ola Studio", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("acct_ola_shop/billing", sections.Single(c => c.Contains("Ola Shop", StringComparison.Ordinal)), StringComparison.Ordinal);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task German_StartHelpStatusAndCancel_WorkWithLocaleDeDe()
    {
        var reference = DemoChats.BoundWebChat("ben@example.com", "dl-ben-de");
        reference.Locale = "de-DE";
        var ben = WebChat(reference);

        await ben.SendAsync("Hilfe");
        ben.Next(R.Card(CardActions.DeletionStart, CardActions.DeletionStatus), "the help card");
        await ben.SendAsync("Mein Konto löschen");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "the German start phrase");
        await ben.SendAsync("hilfe");
        ben.Next(R.Text("Bevor ich etwas ändere, muss ich sicher sein, dass das Konto Ihnen gehört"), "help while identifying, in German");
        await ben.SendAsync("Ja");
        ben.Next(R.Card("Was die Löschung Ihres Kontos entfernen würde", "Ben Baker", "ben@example.com"), "blast radius, in German");
        ben.Next(R.Card("1 von 1 erforderlichen Schritten erledigt"), "nothing to do");
        ben.Next(R.Text("Alles Erforderliche ist erledigt"), "fast path");
        ben.Next(R.Card("KS-2025-1207", CardActions.InvoicesSend, CardActions.InvoicesSkip), "invoices");
        await ben.SendAsync("Status");
        ben.Next(R.Text("Ihre Rechnungen"), "status mid-flow, in German");
        await ben.SendAsync("Abbrechen");
        var cancelled = ben.Next(R.Text("Alles klar, ich habe aufgehört. Es wurde nichts gelöscht."), "cancel mid-flow, in German");
        await ben.SendAsync("Löschstatus");
        ben.Next(R.Text("Sie haben keine laufende Löschung"), "status after the flow, in German");
        await ben.SendAsync("Schließe mein Konto");
        ben.Next(R.Card("Ben Baker"), "another German start phrase; the verified identity is reused");
        ben.Rest();

        Assert.Equal("de-DE", cancelled.Locale);
        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None));
        await R.ValidateCardsAsync();
    }
}
