using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Fixes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Fixes;

/// <summary>
/// Issue 19 item 2, consented one-click fixes, over HTTP against the running host (Program on Kestrel, the embedded
/// sandbox as the account API over HTTP, state on a real Redis) with signed channel tokens: "Do it for me" on each
/// fixable kind shows what happens and what it costs, Confirm makes the change (seen in the sandbox's change log) and
/// answers with the re-checked card; a repeated confirmation changes nothing twice; nameserver and DNS items get
/// guidance only; forged clicks (guidance items, another account's resource, a disallowed role) are refused and
/// audited; a change the account API refuses leaves the item open with the reason; the account's audit chain verifies.
/// </summary>
[Collection(FixesRedisCollection.Name)]
public sealed class OneClickFixHttpTests(RedisServer redis) : TeamsChannelConversation
{
    private const string AdaLabs = "acct_ada_labs";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.WithRedis(redis);
    }

    private AccountAuditLog AuditLog => Host.Services.GetRequiredService<AccountAuditLog>();

    [Fact]
    public async Task Subscriptions_DoItForMe_SaysWhatItCosts_ConfirmCancelsEach_AndTheRecheckedCardShowsItDone()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-subs");

        await ClickDoItForMeAsync(ada, "SubscriptionsCancelled", "sub_ada_dev_argo", "Do it for me: Argo Smart Routing");
        ada.Next(Consent("Cancels Argo Smart Routing on ada.dev at the end of the billing period: 5.00 USD monthly is no longer charged after that"), "what happens and what it costs");
        Assert.Empty(await ChangesAsync());

        await ada.ClickAsync(CardActions.ChecklistFixConfirm);
        ada.Next(R.Text("Done: I cancelled Argo Smart Routing (ada.dev)"), "made");
        ada.Next(R.Card("1 of 8 required steps done", "Do it for me: Pro Plan"), "re-checked: the Pro plan is still to cancel");
        Assert.DoesNotContain("Do it for me: Argo Smart Routing", R.LastCard!.ToJsonString(), StringComparison.Ordinal);
        ada.Next(R.Text("Still to do (7)"), "one subscription left on the item");

        await FixItAsync(ada, ("SubscriptionsCancelled", "sub_ada_dev_pro", "Do it for me: Pro Plan"), "Cancels Pro Plan on ada.dev at the end of the billing period: 25.00 USD monthly", "Done: I cancelled Pro Plan (ada.dev)", "2 of 8 required steps done", "Still to do (6)");

        var changes = await ChangesAsync();
        Assert.Equal([("cancel_subscription", "sub_ada_dev_argo"), ("cancel_subscription", "sub_ada_dev_pro")], changes.Select(c => (c.Operation, c.ResourceId)));
        Assert.All(changes, c => Assert.StartsWith("fix_", c.Key, StringComparison.Ordinal));
        var audit = await AuditLog.GetAsync(AdaLabs, CancellationToken.None);
        Assert.Equal([FixAudit.ConsentShown, FixAudit.Applied, FixAudit.ConsentShown, FixAudit.Applied], audit.Select(e => e.Action));
        Assert.Equal(changes.Select(c => c.Key), audit.Where(e => e.Action == FixAudit.Applied).Select(e => e.Details["idempotency_key"]));
        Assert.All(audit, e => Assert.Equal("user:user_ada", e.Actor));
        Assert.True((await AuditLog.VerifyAsync(AdaLabs, CancellationToken.None)).IsValid);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AutoRenew_DoItForMe_TurnsItOffInTheSandbox()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-renew");

        await FixItAsync(ada, ("AutoRenewDisabled", "ada.dev", "Do it for me"), "Turns off auto-renew for ada.dev at Khulnasoft Registrar: it is not renewed or charged again, and the registration ends on 14 March 2027", "Done: auto-renew is off for ada.dev.", "2 of 8 required steps done", "Still to do (6)");

        Assert.Equal([("disable_auto_renew", "ada.dev")], (await ChangesAsync()).Select(c => (c.Operation, c.ResourceId)));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task PaymentMethod_DoItForMe_DeletesItInTheSandbox()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-pay");

        await FixItAsync(ada, ("PaymentInfoDeleted", AdaLabs, "Do it for me"), "Deletes the Visa card ending in 4242 from Ada Labs: nothing can be charged to it any more. No charge.", "Done: I deleted the payment method of Ada Labs.", "2 of 8 required steps done", "Still to do (6)");

        Assert.Equal([("delete_payment_method", AdaLabs)], (await ChangesAsync()).Select(c => (c.Operation, c.ResourceId)));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Zone_DoItForMe_RemovesItInTheSandbox_AndKeepItChangesNothing()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-zone");

        await ClickDoItForMeAsync(ada, "DomainRemoved", "zone_ada_dev", "Do it for me");
        ada.Next(Consent("Removes ada.dev from Khulnasoft"), "consent");
        await ada.ClickAsync(CardActions.ChecklistFixKeep);
        ada.Next(R.Text("Okay, I left it as it is."), "kept");
        Assert.Empty(await ChangesAsync());

        await ClickDoItForMeAsync(ada, "DomainRemoved", "zone_adashop_com", "Do it for me");
        ada.Next(Consent("Removes adashop.com from Khulnasoft"), "consent");
        await ada.SendAsync("confirm");
        ada.Next(R.Text("Done: I removed adashop.com from Khulnasoft."), "a typed confirm answers the consent too");
        ada.Next(R.Card("2 of 8 required steps done"), "re-checked");
        ada.Next(R.Text("Still to do (6)"), "one less");

        Assert.Equal([("remove_zone", "zone_adashop_com")], (await ChangesAsync()).Select(c => (c.Operation, c.ResourceId)));
        Assert.Equal([FixAudit.ConsentShown, FixAudit.Kept, FixAudit.ConsentShown, FixAudit.Applied], (await AuditLog.GetAsync(AdaLabs, CancellationToken.None)).Select(e => e.Action));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task ARepeatedConfirmation_ChangesOnce()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-twice");
        await FixItAsync(ada, ("DomainRemoved", "zone_ada_dev", "Do it for me"), "Removes ada.dev from Khulnasoft", "Done: I removed ada.dev from Khulnasoft.", "2 of 8 required steps done", "Still to do (6)");
        var confirm = R.DataOf(CardActions.ChecklistFixConfirm);

        // The same Confirm again (a double click on the consent card, or a copy of it): nothing is changed twice.
        await ada.ClickAsync(CardActions.ChecklistFixConfirm, [.. confirm.Select(p => (p.Key, p.Value!.ToString()))]);
        ada.Next(R.Text("That's already done; I didn't change anything again."), "no second change");
        ada.Next(R.Card("2 of 8 required steps done"), "the same checklist");
        ada.Next(R.Text("Still to do (6)"), "unchanged");

        Assert.Single(await ChangesAsync());
        Assert.Single(await AuditLog.GetAsync(AdaLabs, CancellationToken.None), e => e.Action == FixAudit.Applied);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task NameserverAndDnsItems_GetGuidanceOnly_AndAForgedFixForThemIsRefusedAndAudited()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-dns");
        var card = R.LastCard!;
        Assert.Contains("Only you can do this, at your registrar", (string)card["fallbackText"]!, StringComparison.Ordinal);
        Assert.Contains("Only you can do this, at your DNS provider", (string)card["fallbackText"]!, StringComparison.Ordinal);
        var items = FixButtons(card).Select(b => (string)b["data"]!["item"]!).ToList();
        Assert.DoesNotContain("NameserversRemoved", items);
        Assert.DoesNotContain("DnsRecordsMoved", items);

        await ada.ClickAsync(CardActions.ChecklistFix, ("item", "NameserversRemoved"), ("resourceId", "zone_ada_dev"));
        ada.Next(R.Text("I can't do that for you: nameservers and DNS records are your registrar's and DNS provider's."), "guidance only");

        Assert.Empty(await ChangesAsync());
        var refused = Assert.Single(await AuditLog.GetAsync(AdaLabs, CancellationToken.None));
        Assert.Equal((FixAudit.Refused, "guidance_only", "NameserversRemoved"), (refused.Action, refused.Details["reason"], refused.Details["item"]));
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AnotherAccountsContractSubscription_ForgedIntoAConfirm_IsRefusedAndAudited_AndStaysActive()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-forged");

        await ForgeConfirmAsync(ada, "SubscriptionsCancelled", "sub_contract_ent");
        ada.Next(R.Text("I can't do that: it isn't an open item of the accounts you are deleting. Nothing was changed."), "refused");
        ada.Next(R.Card("1 of 8 required steps done"), "the checklist as it was");
        ada.Next(R.Text("Still to do (7)"), "nothing changed");

        Assert.Empty(await ChangesAsync());
        var refused = Assert.Single(await AuditLog.GetAsync(AdaLabs, CancellationToken.None));
        Assert.Equal((FixAudit.Refused, "not_in_scope", "sub_contract_ent"), (refused.Action, refused.Details["reason"], refused.Details["resource_id"]));
        Assert.Empty(await AuditLog.GetAsync("acct_contract_co", CancellationToken.None));
    }

    [Fact]
    public async Task AContractSubscription_HasNoDoItForMe_AndIsNeverCancelled()
    {
        Host.Start();
        var reader = Host.Services.GetRequiredService<ChecklistReader>();
        var fixes = Host.Services.GetRequiredService<FixService>();

        var checklist = await reader.ReadAsync(["acct_contract_co"], "card-cora", null, invoicesDownloaded: false, "user_cora", CancellationToken.None);
        var subscriptions = checklist.Domains.Single().Items.Single(i => i.Kind == Cards.Checklist.ChecklistItemKind.SubscriptionsCancelled);
        var proposal = await fixes.ProposeAsync(new FixRequest("user_cora", ["acct_contract_co"], "card-cora", "SubscriptionsCancelled", "sub_contract_ent"), CancellationToken.None);
        var applied = await fixes.ApplyAsync(new FixRequest("user_cora", ["acct_contract_co"], "card-cora", "SubscriptionsCancelled", "sub_contract_ent"), CancellationToken.None);

        Assert.False(subscriptions.Done);
        Assert.Empty(subscriptions.Fixes);
        Assert.Equal("A contract subscription: your Customer Success Manager ends it.", subscriptions.FixNote);
        Assert.Null(proposal.Consent);
        Assert.Equal("I never cancel contract subscriptions: your Customer Success Manager ends them. Nothing was changed.", proposal.Message);
        Assert.False(applied.Changed);
        Assert.Empty(await ChangesAsync());
        Assert.All(await AuditLog.GetAsync("acct_contract_co", CancellationToken.None), e => Assert.Equal("contract_subscription", e.Details["reason"]));
        Assert.True((await AuditLog.VerifyAsync("acct_contract_co", CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task ARoleLimitedOwner_IsOfferedOnlyWhatTheirRoleAllows_AndAForgedFixIsRefusedAndAudited()
    {
        Host.WithSeed(AddIvyAdministratorOfIvyStudio);
        var ivy = await AtTheChecklistAsync(Ivy("a:fix-ivy"), "2 required steps");
        var card = R.LastCard!;
        Assert.Equal([("AutoRenewDisabled", "ivy.example")], FixButtons(card).Select(b => ((string)b["data"]!["item"]!, (string)b["data"]!["resourceId"]!)));
        Assert.Contains("Your role on Ivy Studio (Administrator) can't change this: ask a Super Administrator.", (string)card["fallbackText"]!, StringComparison.Ordinal);

        await ForgeConfirmAsync(ivy, "PaymentInfoDeleted", "acct_ivy");
        ivy.Next(R.Text("Your role on Ivy Studio (Administrator) doesn't allow this change, so I won't make it."), "refused by role");
        ivy.Next(R.Card("0 of 2 required steps done"), "unchanged");
        ivy.Next(R.Text("Still to do (2)"), "nothing changed");

        await FixItAsync(ivy, ("AutoRenewDisabled", "ivy.example", "Do it for me"), "Turns off auto-renew for ivy.example", "Done: auto-renew is off for ivy.example.", "1 of 2 required steps done", "Still to do (1)");

        Assert.Equal([("disable_auto_renew", "ivy.example")], (await ChangesAsync()).Select(c => (c.Operation, c.ResourceId)));
        var audit = await AuditLog.GetAsync("acct_ivy", CancellationToken.None);
        Assert.Equal([FixAudit.Refused, FixAudit.ConsentShown, FixAudit.Applied], audit.Select(e => e.Action));
        Assert.Equal("role", audit[0].Details["reason"]);
        Assert.True((await AuditLog.VerifyAsync("acct_ivy", CancellationToken.None)).IsValid);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task AFixTheAccountApiRefuses_SaysWhy_AndLeavesTheItemOpen()
    {
        Host.WithSeed(seed => Account(seed, AdaLabs)["balance"] = 12.5);
        var ada = await AdaAtHerChecklistAsync("a:fix-fails");

        await ClickDoItForMeAsync(ada, "PaymentInfoDeleted", AdaLabs, "Do it for me");
        ada.Next(Consent("12.50 USD is still due on Ada Labs; the account API refuses this until it is paid."), "the consent says the balance is open");
        await ada.ClickAsync(CardActions.ChecklistFixConfirm);
        ada.Next(R.Text("I couldn't do that: the account still has an open balance, so the account API won't delete the payment method until it is paid. The item stays open"), "why");
        ada.Next(R.Card("1 of 8 required steps done"), "the item is still open");
        Assert.Contains(FixButtons(R.LastCard!), b => (string?)b["data"]!["item"] == "PaymentInfoDeleted");
        ada.Next(R.Text("Still to do (7)"), "nothing changed");

        Assert.Empty(await ChangesAsync());
        var failed = Assert.Single(await AuditLog.GetAsync(AdaLabs, CancellationToken.None), e => e.Action == FixAudit.Failed);
        Assert.Equal("balance_due", failed.Details["error_code"]);
        Assert.True((await AuditLog.VerifyAsync(AdaLabs, CancellationToken.None)).IsValid);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task OnceACaseExists_TheOpsConsolesCasePage_ShowsTheAccountsFixChain_Verified()
    {
        var ada = await AdaAtHerChecklistAsync("a:fix-ops");
        await FixItAsync(ada, ("AutoRenewDisabled", "ada.dev", "Do it for me"), "Turns off auto-renew for ada.dev", "Done: auto-renew is off for ada.dev.", "2 of 8 required steps done", "Still to do (6)");

        var now = DateTimeOffset.UtcNow;
        var requested = new Deletion.DeletionCase { CaseId = Deletion.DeletionCaseIds.New(), UserId = "user_ada", AccountIds = [AdaLabs], CreatedAt = now };
        requested.TransitionTo(Deletion.DeletionCaseState.Scheduled, now, Deletion.DeletionActors.User("user_ada"));
        var created = await Host.Services.GetRequiredService<Deletion.DeletionCaseStore>()
            .CreateUnlessAsync(requested, Deletion.DeletionActors.User("user_ada"), new Deletion.CaseChange("case.requested"), _ => false, CancellationToken.None);
        var page = await Host.Http.GetStringAsync("/ops/cases/" + created.CaseId);

        Assert.Contains("Audit chain of account acct_ada_labs", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"account-verification\">Verified: the chain is intact.</p>", page, StringComparison.Ordinal);
        Assert.Contains(FixAudit.Applied, page, StringComparison.Ordinal);
        Assert.Contains("item=AutoRenewDisabled", page, StringComparison.Ordinal);
    }

    /// <summary>ada starts in Teams, confirms the identity her channel token vouches for, and reaches her checklist.</summary>
    private Task<ChannelUser> AdaAtHerChecklistAsync(string conversationId) =>
        AtTheChecklistAsync(new ChannelUser(Host, Credentials, DemoChats.Teams("ada", conversationId, Connector.ServiceUrl), R), "1 of 8 required steps done");

    private async Task<ChannelUser> AtTheChecklistAsync(ChannelUser user, string progress)
    {
        Host.Start();

        await user.SendAsync("delete my account");
        user.Next(R.Card("You're signed in as"), "the channel vouches for the user");
        await user.ClickAsync(CardActions.IdentityConfirm);
        user.Next(R.Card("What deleting your account would remove"), "blast radius");
        user.Next(R.Card(progress, CardActions.DeletionRecheck), "checklist");
        user.Next(R.Text("Still to do"), "what is left");
        return user;
    }

    /// <summary>
    /// Clicks "Do it for me" for the <paramref name="button"/> (item, resource, title), sees the consent card say
    /// <paramref name="consent"/>, confirms, and sees <paramref name="done"/>, the re-checked card with
    /// <paramref name="progress"/> and what is left (<paramref name="stillToDo"/>).
    /// </summary>
    private async Task FixItAsync(ChannelUser user, (string Item, string ResourceId, string Title) button, string consent, string done, string progress, string stillToDo)
    {
        await ClickDoItForMeAsync(user, button.Item, button.ResourceId, button.Title);
        user.Next(Consent(consent), "what happens and what it costs");
        await user.ClickAsync(CardActions.ChecklistFixConfirm);
        user.Next(R.Text(done), "the change is made");
        user.Next(R.Card(progress), "the re-checked card");
        user.Next(R.Text(stillToDo), "what is left");
    }

    /// <summary>A forger edits a "Do it for me" button's data into a Confirm for <paramref name="item"/> and <paramref name="resourceId"/>, never shown to them.</summary>
    private static Task ForgeConfirmAsync(ChannelUser user, string item, string resourceId) =>
        user.ClickAsync(CardActions.ChecklistFix, (CardActions.ActionField, CardActions.ChecklistFixConfirm), ("item", item), ("resourceId", resourceId));

    /// <summary>Clicks the checklist's "Do it for me" button for <paramref name="resourceId"/>, after checking the newest checklist card has it with that title.</summary>
    private async Task ClickDoItForMeAsync(ChannelUser user, string item, string resourceId, string title)
    {
        var checklist = R.Cards.Select(c => c.Card.AsObject()).Last(c => FixButtons(c).Any());
        var button = Assert.Single(FixButtons(checklist), b => (string?)b["data"]!["item"] == item && (string?)b["data"]!["resourceId"] == resourceId);
        Assert.Equal(title, (string?)button["title"]);
        Assert.Equal("Action.Submit", (string?)button["type"]);
        await user.ClickAsync(CardActions.ChecklistFix, [.. button["data"]!.AsObject().Select(p => (p.Key, p.Value!.ToString()))]);
    }

    /// <summary>The consent card: its title, the summary in its text form, Confirm and Keep it.</summary>
    private Action<Activity> Consent(string summary) => activity =>
    {
        R.Card("Shall I do this for you?", CardActions.ChecklistFixConfirm, CardActions.ChecklistFixKeep)(activity);
        Assert.Contains(summary, (string)Replies.CardOf(activity)!["fallbackText"]!, StringComparison.Ordinal);
    };

    private static IEnumerable<JsonObject> FixButtons(JsonObject card) =>
        Descendants(card).Where(o => (string?)o["data"]?[CardActions.ActionField] == CardActions.ChecklistFix);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Descendants(p.Value))],
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    /// <summary>The sandbox's log of changes (<c>/sandbox/dash/changes.json</c>), oldest first.</summary>
    private async Task<IReadOnlyList<(string Operation, string ResourceId, string? Key)>> ChangesAsync()
    {
        var body = (await Host.Http.GetFromJsonAsync<JsonObject>("/sandbox/dash/changes.json"))!;
        return [.. body["changes"]!.AsArray().Select(c => ((string)c!["operation"]!, (string)c["resource_id"]!, (string?)c["idempotency_key"]))];
    }

    private ChannelUser Ivy(string conversationId) => new(Host, Credentials, new ConversationReference
    {
        ChannelId = Runtime.Schema.Channels.Msteams,
        ServiceUrl = Connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = DemoUsers.Tenant },
        User = new ChannelAccount { Id = "29:ivy", Name = "ivy", AadObjectId = IvyObjectId },
        Bot = new ChannelAccount { Id = "28:khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    }, R);

    private const string IvyObjectId = "e0000000-0000-4000-8000-00000000000e";

    /// <summary>ivy (not in the demo seed) is primary owner of Ivy Studio with the Administrator role only: a registrar
    /// domain that renews and a payment method on file.</summary>
    private static void AddIvyAdministratorOfIvyStudio(JsonObject seed)
    {
        seed["users"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "user_ivy", ["email"] = "ivy@example.com", ["name"] = "Ivy Iverson",
            ["entra"] = new JsonObject { ["tenant_id"] = DemoUsers.Tenant, ["object_id"] = IvyObjectId },
        });
        seed["accounts"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "acct_ivy",
            ["name"] = "Ivy Studio",
            ["type"] = "standard",
            ["created_on"] = "2024-05-01T09:00:00Z",
            ["members"] = new JsonArray(new JsonObject { ["id"] = "mem_ivy", ["user_id"] = "user_ivy", ["roles"] = new JsonArray("Administrator"), ["is_primary_owner"] = true }),
            ["registrar_domains"] = new JsonArray(new JsonObject { ["name"] = "ivy.example", ["auto_renew"] = true, ["expires_at"] = "2027-06-01T00:00:00Z" }),
            ["payment_method"] = new JsonObject { ["type"] = "card", ["brand"] = "Visa", ["last4"] = "3333", ["expiry_month"] = 1, ["expiry_year"] = 2030 },
            ["balance"] = 0,
            ["currency"] = "USD",
        });
    }

    private static JsonObject Account(JsonObject seed, string id) =>
        seed["accounts"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["id"] == id);
}
