using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Approvals.ApprovalHosting;
using static Khulnasoft.Bot.Tests.Approvals.TeamsActivities;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// Grace without an Entra identity (a sandbox seed without it): she is asked by email (through the sandbox's SMTP
/// server and mailbox) with a link to the Web Chat page, signs in there, says "approval requests" and approves with
/// the Web Chat card (Action.Submit) through the host's real Direct Line server.
/// </summary>
[Collection(ApprovalsRedisCollection.Name)]
public sealed class EmailAndWebChatTests(RedisServer redis) : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task GraceWithoutTeams_IsAskedByEmail_ApprovesInWebChat_SamIsNotified()
    {
        await using var host = BotTestHost.ForApprovals(redis, _channel).WithSeed(DemoSeedEdits.GraceWithoutTeams).Start();
        using var client = host.CreateClient();

        var (deletionCase, outcome) = await host.SamAsksAsync();

        Assert.Equal(["Grace Hopper"], outcome.ApproverNames);
        Assert.Empty(_channel.Created);
        var mail = await Eventually.UntilAsync(() => MailToAsync(client, "grace@ssocorp.example"), m => m is not null, "the approval mail");
        Assert.Equal("Approval needed: Sam Singh wants to delete their Khulnasoft account", mail!["subject"]!.GetValue<string>());
        var body = mail["text_body"]!.GetValue<string>();
        Assert.Contains(client.BaseAddress!.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("say \"approval requests\"", body, StringComparison.Ordinal);

        // Bob (no super administrator of SSO Corp) has nothing waiting, and the card's data does not work for him.
        var bob = await WebChatUser.SignInAsync(client, "bob@example.com");
        await bob.SayAsync("approval requests");
        Assert.Equal(ApprovalTexts.NothingWaiting, (await bob.BotActivitiesAsync())[^1]["text"]!.GetValue<string>());

        var grace = await WebChatUser.SignInAsync(client, "grace@ssocorp.example");
        await grace.SayAsync("Approval requests");
        var shown = (await grace.BotActivitiesAsync())[^1];
        var card = shown["attachments"]![0]!["content"]!.AsObject();
        Assert.Null(FindExecute(card, "approval.approve"));
        var approve = FindSubmit(card, "approval.approve")!["data"]!.AsObject();
        var report = await AdaptiveCardValidator.ValidateAsync([("web chat approval card", card)], "1.6", ["Action.Execute"]);
        Assert.True(report.Ok, report.Describe());

        await bob.SubmitAsync(approve);
        Assert.Equal(ApprovalTexts.NotAnApprover, (await bob.BotActivitiesAsync())[^1]["text"]!.GetValue<string>());
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);

        await grace.SubmitAsync(approve);

        var answer = (await grace.BotActivitiesAsync())[^1];
        Assert.Equal("Approved. I've let Sam Singh know they can continue.", answer["text"]!.GetValue<string>());
        var approved = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Approved, approved.State);
        Assert.Equal(["Grace Hopper"], approved.ApprovedBy);
        var notice = (await Eventually.UntilAsync(() => Task.FromResult(_channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice")).Single();
        Assert.Equal("Grace Hopper approved your request. Continue with the checklist:", notice.Text);
        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(deletionCase.CaseId), a => a.Contains(ApprovalAudit.RequesterNotified), "the notice in the audit");
        Assert.Contains(ApprovalAudit.CardShown, actions);
        var requested = (await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None)).Single(e => e.Action == ApprovalAudit.Requested);
        Assert.Equal(("0", "1"), (requested.Details["teams"], requested.Details["email"]));
    }

    [Fact]
    public async Task TeamsUnreachable_TheApproverIsEmailed_AndSamIsEmailedWhenHisChatIsGone()
    {
        // Teams:ServiceUrl points at a port nobody listens on, and Sam's stored chat is on the same dead service.
        await using var dead = await FakeChannel.StartAsync();
        var deadUrl = dead.ServiceUrl;
        await dead.DisposeAsync();
        await using var host = BotTestHost.ForApprovals(redis, _channel);
        host.Settings["Teams:ServiceUrl"] = deadUrl;
        host.Start();
        using var client = host.CreateClient();

        var (deletionCase, outcome) = await host.SamAsksAsync();

        Assert.Equal(["Grace Hopper"], outcome.ApproverNames);
        await Eventually.UntilAsync(() => MailToAsync(client, "grace@ssocorp.example"), m => m is not null, "the approval mail");
        var record = (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(ApproverChannel.Email, Assert.Single(record.Approvers).Channel);

        // Grace answers from Web Chat; Sam's Teams chat no longer works, so he gets the decision by email.
        await host.Approvals.UpdateAsync(deletionCase.CaseId, r =>
        {
            r.RequesterConversation!.ServiceUrl = deadUrl;
            return true;
        }, CancellationToken.None);
        var grace = await WebChatUser.SignInAsync(client, "grace@ssocorp.example");
        await grace.SayAsync("approval requests");
        var card = (await grace.BotActivitiesAsync())[^1]["attachments"]![0]!["content"]!;
        var reject = FindSubmit(card, "approval.reject")!["data"]!.DeepClone().AsObject();
        reject["reason"] = "Please talk to IT first.";
        await grace.SubmitAsync(reject);

        var mail = await Eventually.UntilAsync(() => MailToAsync(client, "sam@ssocorp.example"), m => m is not null, "sam's mail");
        Assert.Equal("Your account deletion request was rejected", mail!["subject"]!.GetValue<string>());
        Assert.Contains("Please talk to IT first.", mail["text_body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(DeletionCaseState.Rejected, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
        // The notice is audited just after the mail is sent: under load the test can read the chain in between.
        var audit = await Eventually.UntilAsync(() => host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None), a => a.Any(e => e.Action == ApprovalAudit.RequesterNotified), "the requester_notified audit entry");
        var notified = audit.Single(e => e.Action == ApprovalAudit.RequesterNotified);
        Assert.Equal("email", notified.Details["channel"]);
    }

    private static async Task<JsonObject?> MailToAsync(HttpClient client, string address)
    {
        var box = await client.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json");
        return box!["mails"]!.AsArray().OfType<JsonObject>().LastOrDefault(m => m["to"]!.AsArray().Any(t => t!.GetValue<string>() == address));
    }
}
