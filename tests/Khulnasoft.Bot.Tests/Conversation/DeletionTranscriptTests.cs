using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Identity;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// The whole deletion conversation as transcripts (TestFlow) over the real host's bot and services: the embedded
/// sandbox API over HTTP, codes through real SMTP into the sandbox mailbox, the scheduler with Hangfire. Every card the
/// bot sends in these transcripts is run through the official Adaptive Cards parser at 1.5.
/// </summary>
public sealed class DeletionTranscriptTests : IAsyncLifetime
{
    private const int Wait = 30_000;
    private readonly BotTestHost _host = new BotTestHost().WithSandbox();
    private FakeChannel _teams = null!;
    private readonly Replies _r = new();

    public async Task InitializeAsync()
    {
        _teams = await FakeChannel.StartAsync();
        _host.Settings["Teams:ServiceUrl"] = _teams.ServiceUrl;
        _host.Start();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task Ada_InTeams_TheChecklistTicksOffAsSheDoesEachStep_ThenSheConfirmsAndTheDeletionIsScheduled()
    {
        var flow = _host.Flow(DemoChats.Teams("ada", "a:ada-1"), out var adapter, AuthenticatedTurns.ChannelToken());
        var code = "";

        await flow
            .Send("delete my account")
            .AssertReply(_r.Card("ada@example.com"), "identity card", Wait)
            .Send(() => _r.Click(adapter, CardActions.IdentityConfirm))
            .AssertReply(_r.Card("What deleting your account would remove", "Ada Labs", "bob@example.com"), "blast radius", Wait)
            .AssertReply(_r.Card("ada.dev", "adashop.com", "/sandbox/dash/zones/zone_ada_dev", "1 of 8 required steps done"), "checklist", Wait)
            .AssertReply(_r.Text("Still to do (7)"), "what is left", Wait)
            .Send("help")
            .AssertReply(_r.Text("Nothing is deleted before you confirm"), "help mid-flow", Wait)
            .Send("re-check")
            .AssertReply(_r.Text("Still to do (7)"), "nothing changed yet", Wait)
            .Do(() => _host.DashboardAsync(AdaPrerequisites.Subscriptions))
            .Send("re-check")
            .AssertReply(_r.Text("Still to do (6)"), "subscriptions cancelled", Wait)
            .Do(() => _host.DashboardAsync(AdaPrerequisites.NameserversAndAutoRenew))
            .Send(() => _r.Click(adapter, CardActions.DeletionRecheck))
            .AssertReply(_r.Text("Still to do (4)"), "nameservers and auto-renew", Wait)
            .Do(() => _host.DashboardAsync(AdaPrerequisites.DnsRecordsAndDomains))
            .Send("re-check")
            .AssertReply(_r.Text("Still to do (1): Ada Labs: Payment information deleted"), "only the payment method left", Wait)
            .Do(() => _host.DashboardAsync(AdaPrerequisites.PaymentMethod))
            .Send("re-check")
            .AssertReply(_r.Text("Everything required is done"), "checklist complete", Wait)
            .AssertReply(_r.Card("KS-2026-0901", "KS-2026-1101", CardActions.InvoicesSkip), "invoices", Wait)
            .Send(() => _r.Click(adapter, CardActions.InvoicesSkip))
            .AssertReply(_r.Text("can't be retrieved once your account is deleted"), "skip warning", Wait)
            .AssertReply(_r.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode", "Ada Labs"), "confirmation", Wait)
            .Do(async () => code = await _host.ConfirmationCodeAsync("ada@example.com"))
            .Send("someone.else@example.com")
            .AssertReply(_r.Text("To confirm, type `Ada Labs`"), "free text: help, no attempt used", Wait)
            .Send(() => _r.Click(adapter, CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", BotTestHost.OtherCode(code))))
            .AssertReply(_r.Text("That doesn't match. 2 attempt(s) left."), "wrong email", Wait)
            .Send(() => _r.Click(adapter, CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", code)))
            .AssertReply(_r.Card(CardActions.DeletionUndo), "scheduled", Wait)
            .StartTestAsync();

        var scheduled = await _host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None);
        Assert.Equal(DeletionCaseState.Scheduled, scheduled!.State);
        Assert.Equal(["acct_ada_labs"], scheduled.AccountIds);
        Assert.Equal("a:ada-1", scheduled.Conversation!.Conversation!.Id);
        await _r.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_InWebChat_FastPath_SendsHisInvoiceAndConfirmsByTypingHisEmail()
    {
        var flow = _host.Flow(DemoChats.BoundWebChat("ben@example.com", "dl-ben-1"), out var adapter, AuthenticatedTurns.DirectLine());

        await flow
            .Send("Delete my account!")
            .AssertReply(_r.Card("ben@example.com", CardActions.IdentityConfirm), "identity card", Wait)
            .Send("yes")
            .AssertReply(_r.Card("Ben Baker"), "blast radius", Wait)
            .AssertReply(_r.Card("1 of 1 required steps done"), "checklist, nothing to do", Wait)
            .AssertReply(_r.Text("Everything required is done"), "fast path", Wait)
            .AssertReply(_r.Card("KS-2025-1207"), "invoices", Wait)
            .Send(() => _r.Click(adapter, CardActions.InvoicesSend))
            .AssertReply(a => Assert.Contains(a.Attachments!, x => x.ContentType == "application/pdf" && x.ContentUrl!.Contains("/invoices/files/", StringComparison.Ordinal)), "the PDF", Wait)
            .AssertReply(_r.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode", "Ben Baker's Account"), "confirmation", Wait)
            .Send("123456")
            .AssertReply(_r.Text("First type `Ben Baker's Account`"), "a code before the phrase is not checked", Wait)
            .Send("ben baker's account")
            .AssertReply(_r.Text("Now enter the 6-digit code"), "the phrase", Wait)
            .Send(() => Typed(adapter, _host.ConfirmationCodeAsync("ben@example.com").GetAwaiter().GetResult()))
            .AssertReply(_r.Text("Your deletion is scheduled"), "scheduled", Wait)
            .Send("status")
            .AssertReply(_r.Card(CardActions.DeletionUndo, "Scheduled"), "status card", Wait)
            .Send("undo")
            .AssertReply(_r.Text("is cancelled. Nothing was deleted"), "undone", Wait)
            .Send("show my deletion history")
            .AssertReply(_r.Text("Cancelled — nothing was deleted"), "history", Wait)
            .StartTestAsync();

        await _r.ValidateCardsAsync();
    }

    [Fact]
    public async Task Lee_HasNoInvoices_IsNotAskedAboutThem_AndIsNotToldOkayNoInvoices()
    {
        var flow = _host.Flow(DemoChats.BoundWebChat("lee@held.example", "dl-lee-1"), out var adapter, AuthenticatedTurns.DirectLine());

        await flow
            .Send("delete my account")
            .AssertReply(_r.Card("lee@held.example", CardActions.IdentityConfirm), "identity card", Wait)
            .Send(() => _r.Click(adapter, CardActions.IdentityConfirm))
            .AssertReply(_r.Card("What deleting your account would remove"), "blast radius", Wait)
            .AssertReply(_r.Card("required steps done"), "checklist", Wait)
            .AssertReply(_r.Text("Everything required is done"), "nothing to do", Wait)
            .AssertReply(_r.Card(CardActions.DeletionConfirm), "straight to the confirmation: never asked about invoices, so no \"Okay, no invoices\"", Wait)
            .StartTestAsync();

        await _r.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_UndoFromANewConversation_AsksWhetherTheAccountIsHis_NotWhetherToDeleteIt()
    {
        var first = _host.Flow(DemoChats.BoundWebChat("ben@example.com", "dl-ben-undo-1"), out var adapter, AuthenticatedTurns.DirectLine());
        await first
            .Send("delete my account")
            .AssertReply(_r.Card("ben@example.com", CardActions.IdentityConfirm), "identity card", Wait)
            .Send(() => _r.Click(adapter, CardActions.IdentityConfirm))
            .AssertReply(_r.Card("Ben Baker"), "blast radius", Wait)
            .AssertReply(_r.Card("1 of 1 required steps done"), "checklist", Wait)
            .AssertReply(_r.Text("Everything required is done"), "fast path", Wait)
            .AssertReply(_r.Card("KS-2025-1207"), "invoices", Wait)
            .Send("skip")
            .AssertReply(_r.Text("can't be retrieved"), "skip warning", Wait)
            .AssertReply(_r.Card(CardActions.DeletionConfirm), "confirmation", Wait)
            .Send(() => _r.Click(adapter, CardActions.DeletionConfirm, ("scopePhrase", "Ben Baker's Account"), ("oneTimeCode", _host.ConfirmationCodeAsync("ben@example.com").GetAwaiter().GetResult())))
            .AssertReply(_r.Text("Your deletion is scheduled"), "scheduled", Wait)
            .StartTestAsync();

        var second = _host.Flow(DemoChats.BoundWebChat("ben@example.com", "dl-ben-undo-2"), out var adapter2, AuthenticatedTurns.DirectLine());
        await second
            .Send("undo")
            .AssertReply(a =>
            {
                _r.Card("ben@example.com", "Is this your account?", CardActions.IdentityConfirm)(a);
                Assert.DoesNotContain("want to delete", a.Text ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain("want to delete", _r.LastCard!.ToJsonString(), StringComparison.Ordinal);
            }, "the identity question fits an undo", Wait)
            .Send(() => _r.Click(adapter2, CardActions.IdentityConfirm))
            .AssertReply(_r.Text("is cancelled. Nothing was deleted"), "undone", Wait)
            .StartTestAsync();

        await _r.ValidateCardsAsync();
    }

    private static Runtime.Schema.Activity Typed(Runtime.Testing.TestAdapter adapter, string text)
    {
        var activity = adapter.MakeActivity();
        activity.Text = text;
        return activity;
    }

    [Fact]
    public async Task Sam_SsoAdministrator_IsRoutedToApproval_AndGraceIsAsked()
    {
        var flow = _host.Flow(DemoChats.Teams("sam", "a:sam-1"), out var adapter, AuthenticatedTurns.ChannelToken());

        await flow
            .Send("close my account")
            .AssertReply(_r.Card("sam@ssocorp.example"), "identity card", Wait)
            .Send(() => _r.Click(adapter, CardActions.IdentityConfirm))
            .AssertReply(_r.Card("What deleting your account would remove"), "blast radius", Wait)
            .AssertReply(_r.Text("I've asked Grace Hopper"), "approval route", Wait)
            .StartTestAsync();

        var request = await _host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_sam", CancellationToken.None);
        Assert.Equal(DeletionCaseState.AwaitingApproval, request!.State);
        Assert.Single(_teams.Created);
        await _r.ValidateCardsAsync();
    }

    [Fact]
    public async Task Cora_ContractAccount_IsRoutedToHerCustomerSuccessManager()
    {
        var flow = _host.Flow(DemoChats.Teams("cora", "a:cora-1"), out var adapter, AuthenticatedTurns.ChannelToken());

        await flow
            .Send("Konto löschen")
            .AssertReply(_r.Card("cora@contract.example"), "identity card", Wait)
            .Send(() => _r.Click(adapter, CardActions.IdentityConfirm))
            .AssertReply(_r.Card("Contract Co"), "blast radius", Wait)
            .AssertReply(_r.Text("Customer Success Manager handles its deletion"), "CSM route", Wait)
            .AssertReply(a => Assert.True(a.Type == "event" || (a.Text ?? "").Contains("Mike Morgan", StringComparison.Ordinal)), "handoff started", Wait)
            .StartTestAsync();

        Assert.Null(await _host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_cora", CancellationToken.None));
        Assert.Single(_teams.Created);
        await _r.ValidateCardsAsync();
    }

    [Fact]
    public async Task Stranger_GetsTheSameAnswersAsAUser_AndNoCodeWorks()
    {
        var flow = _host.Flow(DemoChats.AnonymousWebChat("anon-1"), out _, AuthenticatedTurns.DirectLine());

        await flow
            .Send("delete my account")
            .AssertReply(_r.Text(IdentityTexts.AskEmail), "ask email", Wait)
            .Send("nobody@nowhere.example")
            .AssertReply(_r.Text(IdentityTexts.CodeSent("nobody@nowhere.example", TimeSpan.FromMinutes(10))), "same answer", Wait)
            .Send("123456")
            .AssertReply(_r.Text(IdentityTexts.WrongCode(2)), "wrong 1", Wait)
            .Send("654321")
            .AssertReply(_r.Text(IdentityTexts.WrongCode(1)), "wrong 2", Wait)
            .Send("000000")
            .AssertReply(_r.Text("can't accept any more"), "locked", Wait)
            .Send("status")
            .AssertReply(_r.Text(IdentityTexts.AskEmail), "status needs a verified identity again", Wait)
            .StartTestAsync();

        Assert.Equal(0, await _host.MailCountAsync("nobody@nowhere.example"));
    }

    [Fact]
    public async Task AnonymousBen_WrongCodeThreeTimes_Stops_ThenANewCodeWorks_AndCancelStopsTheFlow()
    {
        var flow = _host.Flow(DemoChats.AnonymousWebChat("anon-ben"), out var adapter, AuthenticatedTurns.DirectLine());

        await flow
            .Send("delete my account")
            .AssertReply(_r.Text(IdentityTexts.AskEmail), "ask email", Wait)
            .Send("ben@example.com")
            .AssertReply(_r.Text("If an account exists for ben@example.com"), "code sent", Wait)
            .StartTestAsync();

        // Each code is waited for by its value: the outbox's senders work in parallel, so a second mail can arrive
        // before the first, and "the latest of two mails" was then the first code (about 1 run in 4).
        var firstCode = await Jobs.Eventually.UntilAsync(() => _host.LatestCodeAsync("ben@example.com"), c => c is not null, "the first code mail");
        await _host.Continue(adapter)
            .Send("111111").AssertReply(_r.Text(IdentityTexts.WrongCode(2)), "wrong 1", Wait)
            .Send("222222").AssertReply(_r.Text(IdentityTexts.WrongCode(1)), "wrong 2", Wait)
            .Send("333333").AssertReply(_r.Text("can't accept any more"), "locked", Wait)
            .Send("delete my account")
            .AssertReply(_r.Text(IdentityTexts.AskEmail), "starts again", Wait)
            .Send("ben@example.com")
            .AssertReply(_r.Text("If an account exists for ben@example.com"), "a new code", Wait)
            .StartTestAsync();
        var code = await Jobs.Eventually.UntilAsync(() => _host.LatestCodeAsync("ben@example.com"), c => c is not null && c != firstCode, "the second code mail");

        await _host.Continue(adapter)
            .Send(code!)
            .AssertReply(_r.Card("What deleting your account would remove", "ben@example.com"), "verified by code", Wait)
            .AssertReply(_r.Card("1 of 1 required steps done"), "checklist", Wait)
            .AssertReply(_r.Text("Everything required is done"), "fast path", Wait)
            .AssertReply(_r.Card("KS-2025-1207"), "invoices", Wait)
            .Send("status")
            .AssertReply(_r.Text("your invoices"), "status mid-flow", Wait)
            .Send("cancel")
            .AssertReply(_r.Text("Okay, I've stopped. Nothing was deleted."), "cancelled", Wait)
            .Send("skip")
            .AssertReply(_r.Text(KhulnasoftActivityHandler.Fallback), "the flow is over", Wait)
            .StartTestAsync();

        Assert.Null(await _host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ben", CancellationToken.None));
    }
}
