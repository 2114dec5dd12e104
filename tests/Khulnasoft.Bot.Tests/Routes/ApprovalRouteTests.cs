using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Routes.TeamsParticipant;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>
/// The admin-approval route end to end over HTTP, through the real host and the real deletion dialog: Sam (an SSO
/// member) asks in Teams, the super administrators get the card proactively in chats the bot creates, they decide
/// with Action.Execute (authenticated with real channel tokens), Sam is told proactively and finishes in the dialog.
/// </summary>
[Collection(RoutesRedisCollection.Name)]
public sealed class ApprovalRouteTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task Sam_IsApprovedByGrace_AfterAForgedAndANonAdminClick_ThenFinishesInTheDialog_AndLateClicksChangeNothing()
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens).WithSeed(DemoSeedEdits.WithSecondSsoAdmin).Start();
        var sam = host.Teams(DemoUsers.Sam);

        // Sam asks; the dialog identifies him (Teams vouches on the channel token) and routes him to approval.
        await sam.SayAsync("delete my account");
        Assert.Contains("sam@ssocorp.example", sam.TakeNewText(), StringComparison.Ordinal);
        await sam.ClickAsync(CardActions.IdentityConfirm);
        var routed = sam.TakeNewText();
        Assert.Contains("What deleting your account would remove", routed, StringComparison.Ordinal);
        Assert.Contains("I've asked ", routed, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper", routed, StringComparison.Ordinal);
        Assert.Contains("Ian Iverson", routed, StringComparison.Ordinal);
        var awaiting = (await host.Scheduler.FindActiveAsync("user_sam", CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.AwaitingApproval, awaiting.State);
        Assert.Contains(awaiting.CaseId, routed, StringComparison.Ordinal);

        // Each super administrator got the card proactively, in a personal chat the bot created with their Entra identity.
        var grace = host.Teams(DemoUsers.Grace, ChatCreatedWith(DemoUsers.Grace));
        var ian = host.Teams(DemoUsers.Ian, ChatCreatedWith(DemoUsers.Ian));
        var (graceCard, graceCardId) = ApprovalCardIn(grace);
        var (_, ianCardId) = ApprovalCardIn(ian);
        Assert.Contains(DemoUsers.Grace.TeamsId, graceCard["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("Action.Execute", graceCard["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Null(FindAction(graceCard, CardActions.ApprovalApprove));
        Assert.Contains("Sam Singh", CardText(graceCard), StringComparison.Ordinal);

        // Teams asks for each viewer's view: the approvers get Approve / Reject, Bob only the status.
        var refresh = graceCard["refresh"]!["action"]!["data"]!.AsObject();
        var graceView = (await grace.ExecuteAsync(CardActions.ApprovalRefresh, refresh, graceCardId, "automatic"))["value"]!;
        var ianView = (await ian.ExecuteAsync(CardActions.ApprovalRefresh, refresh, ianCardId, "automatic"))["value"]!;
        var bobInGracesChat = host.Teams(DemoUsers.Bob, grace.ConversationId);
        var bobView = (await bobInGracesChat.ExecuteAsync(CardActions.ApprovalRefresh, refresh, graceCardId, "automatic"))["value"]!;
        var approve = FindAction(graceView, CardActions.ApprovalApprove)!;
        Assert.Equal("Action.Execute", approve["type"]!.GetValue<string>());
        Assert.NotNull(FindAction(ianView, CardActions.ApprovalApprove));
        Assert.Null(FindAction(bobView, CardActions.ApprovalApprove));
        var approveData = approve["data"]!.AsObject();

        // A forged click (no channel token) never reaches the bot; Bob's authenticated click is refused and audited.
        Assert.Equal(HttpStatusCode.Unauthorized, await grace.ExecuteUnsignedAsync(CardActions.ApprovalApprove, approveData, graceCardId));
        var refused = await bobInGracesChat.ExecuteAsync(CardActions.ApprovalApprove, approveData, graceCardId);
        Assert.Equal(MessageType, refused["type"]!.GetValue<string>());
        Assert.Equal("You are not an approver for this request.", refused["value"]!.GetValue<string>());
        var refusal = Assert.Single(await host.Cases.GetAuditAsync(awaiting.CaseId, CancellationToken.None), e => e.Action == ApprovalAudit.Refused);
        Assert.Equal("user:user_bob", refusal.Actor);
        Assert.Equal("not_super_administrator", refusal.Details["reason"]);
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(awaiting.CaseId, CancellationToken.None))!.State);

        // Grace approves: her card is answered in place (§5.3), the case is approved.
        var decided = await grace.ExecuteAsync(CardActions.ApprovalApprove, approveData, graceCardId);
        Assert.Equal(CardType, decided["type"]!.GetValue<string>());
        Assert.Contains("Approved by Grace Hopper", CardText(decided["value"]), StringComparison.Ordinal);
        Assert.Null(FindAction(decided["value"], CardActions.ApprovalApprove));
        var approved = (await host.Scheduler.GetAsync(awaiting.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Approved, approved.State);
        Assert.Equal(["Grace Hopper"], approved.ApprovedBy);

        // Sam is told proactively in his chat, with the button back into the dialog.
        var notice = await Eventually.UntilAsync(() => Task.FromResult(sam.TakeNew()), n => n.Count > 0, "sam's notice");
        Assert.Equal("Grace Hopper approved your request. Continue with the checklist:", Assert.Single(notice).Text);

        // Late clicks change nothing: Ian approving after the decision, Grace clicking again. Every approver's card
        // message is replaced with the first decision.
        var ianLate = await ian.ExecuteAsync(CardActions.ApprovalApprove, FindAction(ianView, CardActions.ApprovalApprove)!["data"]!.AsObject(), ianCardId);
        Assert.Contains("Approved by Grace Hopper", CardText(ianLate["value"]), StringComparison.Ordinal);
        var graceAgain = await grace.ExecuteAsync(CardActions.ApprovalApprove, approveData, graceCardId);
        Assert.Contains("Approved by Grace Hopper", CardText(graceAgain["value"]), StringComparison.Ordinal);
        var after = (await host.Scheduler.GetAsync(awaiting.CaseId, CancellationToken.None))!;
        Assert.Equal(approved.History.Count, after.History.Count);
        Assert.Equal(["Grace Hopper"], after.ApprovedBy);
        foreach (var (chat, cardId) in new[] { (grace.ConversationId, graceCardId), (ian.ConversationId, ianCardId) })
        {
            var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update in " + chat);
            Assert.Equal(chat, update.ConversationId);
            var updatedCard = CardOf(update.Activity)!;
            host.Remember("updated card in " + chat, updatedCard);
            Assert.Contains("Approved by Grace Hopper", CardText(updatedCard), StringComparison.Ordinal);
        }

        // Sam continues in the dialog from the notice's button: the checklist, then the confirmation shows the approval.
        await sam.ClickAsync(CardActions.DeletionStart);
        var resumed = sam.TakeNewText();
        Assert.Contains("Your request was approved by Grace Hopper", resumed, StringComparison.Ordinal);
        Assert.Contains("You aren't the primary owner of any account", resumed, StringComparison.Ordinal);
        Assert.Contains("Approved by Grace Hopper.", resumed, StringComparison.Ordinal);
        Assert.NotNull(FindAction(CardOf(sam.Received[^1]), CardActions.DeletionConfirm));
        await sam.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "sam@ssocorp.example"),
            ("oneTimeCode", await TestSupport.ConfirmationCodes.NewestAsync(host.Http, "sam@ssocorp.example")));
        var scheduledText = sam.TakeNewText();
        Assert.Contains(awaiting.CaseId, scheduledText, StringComparison.Ordinal);
        var scheduled = (await host.Scheduler.GetAsync(awaiting.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Scheduled, scheduled.State);
        Assert.Equal(["Grace Hopper"], scheduled.ApprovedBy);

        var actions = await host.AuditActionsAsync(awaiting.CaseId);
        Assert.Single(actions, a => a == "case.approved");
        Assert.Contains(ApprovalAudit.Requested, actions);
        Assert.Contains(ApprovalAudit.ClickIgnored, actions);
        Assert.Contains(ApprovalAudit.RequesterNotified, actions);
        Assert.True(AuditVerifier.Verify(awaiting.CaseId, await host.Cases.GetAuditAsync(awaiting.CaseId, CancellationToken.None)).IsValid);

        // Every call the bot made to the Connector (replies, chats it created, proactive messages, updates) carried its own token.
        Assert.NotEmpty(Channel.Authorizations);
        Assert.All(Channel.Authorizations, a => Assert.StartsWith("Bearer token-", a, StringComparison.Ordinal));
        await host.ValidateCardsAsync();
    }

    [Fact]
    public async Task Grace_Rejects_AnEmptyReasonIsAskedAgain_TheReasonReachesSam_WhoseNextRequestIsNotBlocked()
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens).Start();
        var sam = await SamAsksAsync(host);
        var caseId = (await host.Scheduler.FindActiveAsync("user_sam", CancellationToken.None))!.CaseId;
        var grace = host.Teams(DemoUsers.Grace, ChatCreatedWith(DemoUsers.Grace));
        var (card, cardId) = ApprovalCardIn(grace);
        var view = (await grace.ExecuteAsync(CardActions.ApprovalRefresh, card["refresh"]!["action"]!["data"]!.AsObject(), cardId, "automatic"))["value"]!;
        var reject = FindAction(view, CardActions.ApprovalReject)!;
        Assert.Equal("Action.Execute", reject["type"]!.GetValue<string>());

        var empty = reject["data"]!.DeepClone().AsObject();
        empty["reason"] = " ";
        var askedAgain = await grace.ExecuteAsync(CardActions.ApprovalReject, empty, cardId);
        Assert.Equal("Please give a reason for rejecting the request: Sam Singh will see it.", askedAgain["value"]!.GetValue<string>());
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(caseId, CancellationToken.None))!.State);

        var withReason = reject["data"]!.DeepClone().AsObject();
        withReason["reason"] = "The SSO Corp migration isn't finished.";
        var decided = await grace.ExecuteAsync(CardActions.ApprovalReject, withReason, cardId);

        Assert.Contains("Rejected by Grace Hopper", CardText(decided["value"]), StringComparison.Ordinal);
        var rejected = (await host.Scheduler.GetAsync(caseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Rejected, rejected.State);
        var notice = Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(sam.TakeNew()), n => n.Count > 0, "sam's notice"));
        Assert.StartsWith("Grace Hopper rejected your request", notice.Text, StringComparison.Ordinal);
        Assert.Contains("The SSO Corp migration isn't finished.", notice.Text, StringComparison.Ordinal);
        var lateApprove = await grace.ExecuteAsync(CardActions.ApprovalApprove, FindAction(view, CardActions.ApprovalApprove)!["data"]!.AsObject(), cardId);
        Assert.Contains("Rejected by Grace Hopper", CardText(lateApprove["value"]), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Rejected, (await host.Scheduler.GetAsync(caseId, CancellationToken.None))!.State);

        // A rejected request is over: asking again in the dialog opens a new request.
        await sam.SayAsync("delete my account");
        Assert.Contains("I've asked Grace Hopper", sam.TakeNewText(), StringComparison.Ordinal);
        var second = (await host.Scheduler.FindActiveAsync("user_sam", CancellationToken.None))!;
        Assert.NotEqual(caseId, second.CaseId);
        Assert.Equal(DeletionCaseState.AwaitingApproval, second.State);
        await host.ValidateCardsAsync();
    }

    [Fact]
    public async Task NobodyDecides_GraceIsReminded_TheRequestExpiresAfterTheConfiguredTime_SamIsTold_LateClicksChangeNothing()
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens);
        host.Settings["Approvals:ReminderAfter"] = "00:00:01";
        host.Settings["Approvals:ExpireAfter"] = "00:00:03";
        host.Start();
        var sam = await SamAsksAsync(host);
        var caseId = (await host.Scheduler.FindActiveAsync("user_sam", CancellationToken.None))!.CaseId;
        var grace = host.Teams(DemoUsers.Grace, ChatCreatedWith(DemoUsers.Grace));
        var (card, cardId) = ApprovalCardIn(grace);
        var view = (await grace.ExecuteAsync(CardActions.ApprovalRefresh, card["refresh"]!["action"]!["data"]!.AsObject(), cardId, "automatic"))["value"]!;

        // The reminder and expiry are the host's Hangfire jobs, scheduled for the configured times.
        var expired = await Eventually.UntilAsync(() => host.Scheduler.GetAsync(caseId, CancellationToken.None), c => c!.State == DeletionCaseState.Expired, "the expiry");

        Assert.Equal("job:approvals", expired!.History[^1].Actor);
        var reminder = Assert.Single(grace.TakeNew());
        Assert.StartsWith("Reminder: Sam Singh's request", reminder.Text, StringComparison.Ordinal);
        var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update");
        host.Remember("expired card", CardOf(update.Activity)!);
        Assert.Contains("Expired unanswered", CardText(CardOf(update.Activity)), StringComparison.Ordinal);
        var notice = Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(sam.TakeNew()), n => n.Count > 0, "sam's notice"));
        Assert.Contains("expired", notice.Text, StringComparison.Ordinal);
        Assert.Contains("within 3 seconds", notice.Text, StringComparison.Ordinal);

        var late = await grace.ExecuteAsync(CardActions.ApprovalApprove, FindAction(view, CardActions.ApprovalApprove)!["data"]!.AsObject(), cardId);
        Assert.Contains("Expired unanswered", CardText(late["value"]), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Expired, (await host.Scheduler.GetAsync(caseId, CancellationToken.None))!.State);
        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(caseId), a => a.Contains(ApprovalAudit.RequesterNotified), "the notice in the audit");
        Assert.Equal(1, actions.Count(a => a == ApprovalAudit.Reminded));
        Assert.Equal(1, actions.Count(a => a == "case.expired"));
        await host.ValidateCardsAsync();
    }

    /// <summary>Sam says "delete my account" in Teams, confirms the identity Teams vouches for and is routed to approval.</summary>
    private static async Task<TeamsParticipant> SamAsksAsync(BotTestHost host)
    {
        var sam = host.Teams(DemoUsers.Sam);
        await sam.SayAsync("delete my account");
        Assert.Contains("sam@ssocorp.example", sam.TakeNewText(), StringComparison.Ordinal);
        await sam.ClickAsync(CardActions.IdentityConfirm);
        Assert.Contains("I've asked Grace Hopper", sam.TakeNewText(), StringComparison.Ordinal);
        return sam;
    }

    /// <summary>The chat the bot created with <paramref name="person"/>: a 1:1 create-conversation with their Entra identity and tenant.</summary>
    private string ChatCreatedWith(DemoUser person)
    {
        var (parameters, conversationId) = Assert.Single(Channel.Created, c => c.Parameters["members"]?[0]?["aadObjectId"]?.GetValue<string>() == person.AadObjectId);
        Assert.False(parameters["isGroup"]!.GetValue<bool>());
        Assert.Equal(ChannelTokens.BotTeamsId, parameters["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(person.AadObjectId, parameters["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Tenant, parameters["tenantId"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Tenant, parameters["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        return conversationId;
    }

    private (JsonObject Card, string ActivityId) ApprovalCardIn(TeamsParticipant approver)
    {
        var sent = Assert.Single(approver.TakeNew());
        return (CardOf(sent) ?? throw new InvalidOperationException("No card in " + approver.ConversationId), Channel.ActivityIdOf[sent]);
    }
}
