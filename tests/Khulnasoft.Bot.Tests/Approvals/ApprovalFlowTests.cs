using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Approvals.ApprovalHosting;
using static Khulnasoft.Bot.Tests.Approvals.TeamsActivities;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// Sam (an SSO member) asks to delete his account; Grace, the account's super administrator, decides in Teams.
/// Over HTTP against the real host: Teams-shaped activities POSTed to /api/messages, the fake channel service
/// recording what the bot sends, cases and requests on a real Redis.
/// </summary>
[Collection(ApprovalsRedisCollection.Name)]
public sealed class ApprovalFlowTests(RedisServer redis) : TeamsChannelTest
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";
    private readonly List<(string Name, JsonNode Card)> _cards = [];

    [Fact]
    public async Task SamAsks_GraceGetsTheCard_NonAdminsAreRefused_GraceApproves_SamIsNotified_ASecondClickChangesNothing()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel, Tokens).Start();

        var (deletionCase, outcome) = await host.SamAsksAsync();

        Assert.Equal(["Grace Hopper"], outcome.ApproverNames);
        var (parameters, graceChat) = Assert.Single(Channel.Created);
        Assert.False(parameters["isGroup"]!.GetValue<bool>());
        Assert.Equal(ChannelTokens.BotTeamsId, parameters["bot"]!["id"]!.GetValue<string>());
        var member = Assert.Single(parameters["members"]!.AsArray())!;
        Assert.Equal(DemoUsers.Grace.AadObjectId, member["id"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Grace.AadObjectId, member["aadObjectId"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Tenant, parameters["tenantId"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Tenant, parameters["channelData"]!["tenant"]!["id"]!.GetValue<string>());

        var (baseCard, cardId) = CardPostedTo(graceChat);
        Assert.Equal([FakeChannel.TeamsIdOf(DemoUsers.Grace.AadObjectId)], baseCard["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("Action.Execute", baseCard["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("approval.refresh", baseCard["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Null(FindExecute(baseCard, "approval.approve"));
        Assert.Contains("Sam Singh", TextOf(baseCard), StringComparison.Ordinal);

        // Teams asks for the approver's view: Grace gets the buttons, Bob (not an admin of SSO Corp) only the status.
        var refreshData = baseCard["refresh"]!["action"]!["data"]!.AsObject();
        var graceView = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.refresh", refreshData, cardId, CardType, trigger: "automatic");
        var bobView = await InvokeAsync(host, graceChat, DemoUsers.Bob.AadObjectId, "Bob Builder", "approval.refresh", refreshData, cardId, CardType, trigger: "automatic");
        var approve = FindExecute(graceView, "approval.approve");
        Assert.NotNull(approve);
        Assert.Equal("Action.Submit", approve["fallback"]!["type"]!.GetValue<string>());
        Assert.Null(FindExecute(bobView, "approval.approve"));

        // Anyone who is not a current super administrator is refused, and the attempt is audited.
        var approveData = approve["data"]!.AsObject();
        foreach (var (aad, name) in new[] { (DemoUsers.Bob.AadObjectId, "Bob Builder"), (DemoUsers.Sam.AadObjectId, "Sam Singh") })
        {
            var refused = await InvokeAsync(host, graceChat, aad, name, "approval.approve", approveData, cardId, MessageType);
            Assert.Equal("You are not an approver for this request.", refused.GetValue<string>());
        }

        var audit = await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None);
        var refusals = audit.Where(e => e.Action == ApprovalAudit.Refused).ToList();
        Assert.Equal(["user:user_bob", "user:user_sam"], refusals.Select(e => e.Actor));
        Assert.Equal(["not_super_administrator", "requester"], refusals.Select(e => e.Details["reason"]));
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);

        // Grace approves: the invoke answers with the decided card, in place.
        var decided = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.approve", approveData, cardId, CardType);
        Assert.Contains("Approved by Grace Hopper", TextOf(decided), StringComparison.Ordinal);
        Assert.Null(FindExecute(decided, "approval.approve"));
        var approved = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Approved, approved.State);
        Assert.Equal(["Grace Hopper"], approved.ApprovedBy);
        Assert.Equal("user:user_grace", approved.History[^1].Actor);

        // Her card message is replaced for everyone, and Sam is told in his chat, with the way back to the checklist.
        var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update");
        Assert.Equal(graceChat, update.ConversationId);
        var updatedCard = CardOf(update.Activity, "updated card");
        Assert.Contains("Approved by Grace Hopper", TextOf(updatedCard), StringComparison.Ordinal);
        var notice = (await Eventually.UntilAsync(() => Task.FromResult(Channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice")).Single();
        Assert.Equal("Grace Hopper approved your request. Continue with the checklist:", notice.Text);
        Assert.NotNull(FindSubmit(CardOf(notice, "sam's notice"), "deletion.start"));

        // A second click changes nothing: Grace is told it was already approved, the case keeps its history.
        var again = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.approve", approveData, cardId, CardType);
        Assert.Contains("Approved by Grace Hopper", TextOf(again), StringComparison.Ordinal);
        var after = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Approved, after.State);
        Assert.Equal(approved.History.Count, after.History.Count);

        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(deletionCase.CaseId), a => a.Contains(ApprovalAudit.RequesterNotified), "the notice in the audit");
        Assert.Single(actions, a => a == "case.approved");
        Assert.Contains(ApprovalAudit.Requested, actions);
        Assert.Contains(ApprovalAudit.ClickIgnored, actions);
        Assert.Contains(ApprovalAudit.CardsUpdated, actions);
        var chain = await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None);
        Assert.True(AuditVerifier.Verify(deletionCase.CaseId, chain).IsValid);
        Assert.DoesNotContain(chain, e => e.Details.Values.Any(v => v.Contains('@', StringComparison.Ordinal) || v.Contains("Grace", StringComparison.Ordinal)));
        Assert.Single(Channel.ActivitiesTo(SamConversation));
        await AssertCardsParseAsync();
    }

    [Fact]
    public async Task GraceRejects_AnEmptyReasonIsRefused_TheReasonReachesSam()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel, Tokens).Start();
        var (deletionCase, _) = await host.SamAsksAsync();
        var (_, graceChat) = Assert.Single(Channel.Created);
        var (baseCard, cardId) = CardPostedTo(graceChat);
        var graceView = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.refresh", baseCard["refresh"]!["action"]!["data"]!.AsObject(), cardId, CardType, "automatic");
        var reject = FindExecute(graceView, "approval.reject")!;

        var empty = reject["data"]!.DeepClone().AsObject();
        empty["reason"] = "   ";
        var askedAgain = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.reject", empty, cardId, MessageType);

        Assert.Equal("Please give a reason for rejecting the request: Sam Singh will see it.", askedAgain.GetValue<string>());
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
        Assert.Contains(ApprovalAudit.ReasonMissing, await host.AuditActionsAsync(deletionCase.CaseId));

        var withReason = reject["data"]!.DeepClone().AsObject();
        withReason["reason"] = "Sam's projects still run on this account until the migration ends.";
        var decided = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.reject", withReason, cardId, CardType);

        Assert.Contains("Rejected by Grace Hopper", TextOf(decided), StringComparison.Ordinal);
        var rejected = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Rejected, rejected.State);
        Assert.Equal("Sam's projects still run on this account until the migration ends.", rejected.RejectionReason);
        var notice = (await Eventually.UntilAsync(() => Task.FromResult(Channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice")).Single();
        Assert.StartsWith("Grace Hopper rejected your request", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Sam's projects still run on this account until the migration ends.", notice.Text, StringComparison.Ordinal);
        var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update");
        Assert.Contains("Rejected by Grace Hopper", TextOf(CardOf(update.Activity, "updated card")), StringComparison.Ordinal);

        // Approving after the rejection changes nothing.
        var lateApprove = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.approve", FindExecute(graceView, "approval.approve")!["data"]!.AsObject(), cardId, CardType);
        Assert.Contains("Rejected by Grace Hopper", TextOf(lateApprove), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Rejected, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
        await AssertCardsParseAsync();
    }

    [Fact]
    public async Task NobodyDecides_GraceIsReminded_TheRequestExpires_CardsAndSamAreTold()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel, Tokens);
        host.Settings["Approvals:ReminderAfter"] = "00:00:01";
        host.Settings["Approvals:ExpireAfter"] = "00:00:04";
        host.Start();
        var (deletionCase, _) = await host.SamAsksAsync();
        var (_, graceChat) = Assert.Single(Channel.Created);
        var (_, cardId) = CardPostedTo(graceChat);

        var expired = await Eventually.UntilAsync(() => host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None), c => c!.State == DeletionCaseState.Expired, "the expiry");

        Assert.Equal("job:approvals", expired!.History[^1].Actor);
        var graceMessages = Channel.ActivitiesTo(graceChat);
        Assert.Equal(2, graceMessages.Count);
        Assert.StartsWith("Reminder: Sam Singh's request", graceMessages[1].Text, StringComparison.Ordinal);
        var update = await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.FirstOrDefault(u => u.ActivityId == cardId)), u => u.Activity is not null, "the card update");
        Assert.Contains("Expired unanswered", TextOf(CardOf(update.Activity, "expired card")), StringComparison.Ordinal);
        var notice = (await Eventually.UntilAsync(() => Task.FromResult(Channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice")).Single();
        Assert.Contains("expired", notice.Text, StringComparison.Ordinal);
        Assert.Contains("within 4 seconds", notice.Text, StringComparison.Ordinal);
        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(deletionCase.CaseId), a => a.Contains(ApprovalAudit.RequesterNotified), "the notice in the audit");
        Assert.Equal(1, actions.Count(a => a == ApprovalAudit.Reminded));
        Assert.Equal(1, actions.Count(a => a == "case.expired"));

        // Grace clicks after the expiry: nothing changes.
        var late = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.approve",
            new JsonObject { ["action"] = "approval.approve", ["requestId"] = (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!.RequestId, ["caseId"] = deletionCase.CaseId },
            cardId, CardType);
        Assert.Contains("Expired unanswered", TextOf(late), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Expired, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
        await AssertCardsParseAsync();
    }

    [Fact]
    public async Task ADecidedRequest_IsDeletedAfterItsRetention_OnlyTheAuditRemains()
    {
        await using var host = BotTestHost.ForApprovals(redis, Channel, Tokens);
        host.Settings["Approvals:KeepDecidedFor"] = "00:00:02";
        host.Start();
        var (deletionCase, _) = await host.SamAsksAsync();
        var (_, graceChat) = Assert.Single(Channel.Created);
        var (baseCard, cardId) = CardPostedTo(graceChat);
        var graceView = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.refresh", baseCard["refresh"]!["action"]!["data"]!.AsObject(), cardId, CardType, "automatic");
        var reject = FindExecute(graceView, "approval.reject")!["data"]!.DeepClone().AsObject();
        reject["reason"] = "Not now.";
        await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.reject", reject, cardId, CardType);

        await Eventually.UntilAsync(() => host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None), r => r is null, "the request to be deleted");

        var late = await InvokeAsync(host, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.reject", reject, cardId, MessageType);
        Assert.Equal(ApprovalTexts.NoSuchRequest, late.GetValue<string>());
        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(deletionCase.CaseId), a => a.Contains(ApprovalAudit.Forgotten), "the deletion in the audit");
        Assert.Contains("case.rejected", actions);
        Assert.True(AuditVerifier.Verify(deletionCase.CaseId, await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None)).IsValid);
        Assert.Equal(DeletionCaseState.Rejected, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
    }

    private (JsonObject Card, string ActivityId) CardPostedTo(string conversationId)
    {
        var sent = Assert.Single(Channel.ActivitiesTo(conversationId));
        return (CardOf(sent, "approval card for " + conversationId), Channel.ActivityIdOf[sent]);
    }

    private JsonObject CardOf(Khulnasoft.Bot.Runtime.Schema.Activity activity, string name)
    {
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal(CardType, attachment.ContentType);
        var card = Assert.IsType<JsonObject>(attachment.Content);
        _cards.Add((name, card));
        return card;
    }

    /// <summary>Posts an Execute invoke; asserts the §5.3 response shape and returns its <c>value</c>.</summary>
    private async Task<JsonNode> InvokeAsync(BotTestHost host, string conversationId, string aad, string name, string verb, JsonObject data, string replyToId, string expectedType, string trigger = "manual")
    {
        var (status, body) = await host.PostAsync(Execute(Channel.ServiceUrl, conversationId, aad, name, verb, data, replyToId, trigger));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(expectedType, body["type"]!.GetValue<string>());
        var value = body["value"]!;
        if (expectedType == CardType)
        {
            Assert.Equal("AdaptiveCard", value["type"]!.GetValue<string>());
            _cards.Add(($"{verb} by {name}", value));
        }

        return value;
    }

    private async Task AssertCardsParseAsync()
    {
        var report = await AdaptiveCardValidator.ValidateAsync(_cards, "1.5");
        Assert.True(report.Ok, report.Describe());
    }
}
