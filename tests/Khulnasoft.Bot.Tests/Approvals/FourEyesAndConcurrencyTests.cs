using System.Net;
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
/// SSO Corp with a second super administrator, Ian (a sandbox seed with one more member): four-eyes approval, and
/// two admins clicking at the same moment on two requests stored in real Redis.
/// </summary>
[Collection(ApprovalsRedisCollection.Name)]
public sealed class FourEyesAndConcurrencyTests(RedisServer redis) : TeamsChannelTest
{
    private const string IanAad = "61000000-0000-4000-8000-000000000061";

    [Fact]
    public async Task FourEyes_NeedsTwoDistinctSuperAdministrators_ThenSamIsToldBothNames()
    {
        await using var host = NewHost(requiredApprovers: 2);
        var (deletionCase, outcome) = await host.SamAsksAsync();

        Assert.Equal(["Grace Hopper", "Ian Iverson"], outcome.ApproverNames.Order());
        var chats = ChatsByApprover();
        var graceApprove = await ApproveDataAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper");
        var ianApprove = await ApproveDataAsync(host, chats[IanAad], IanAad, "Ian Iverson");
        var card = CardIn(chats[DemoUsers.Grace.AadObjectId].Conversation);
        Assert.Equal(
            [FakeChannel.TeamsIdOf(DemoUsers.Grace.AadObjectId), FakeChannel.TeamsIdOf(IanAad)],
            card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order());

        var first = await InvokeAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper", graceApprove);
        Assert.Equal("Thanks — your approval is recorded. The request still needs 1 more approval from another super administrator.", first["value"]!.GetValue<string>());
        var twice = await InvokeAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper", graceApprove);
        Assert.Equal("You have already approved this request. It still needs 1 more approval from another super administrator.", twice["value"]!.GetValue<string>());
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);

        var second = await InvokeAsync(host, chats[IanAad], IanAad, "Ian Iverson", ianApprove);

        Assert.Contains("Approved by Grace Hopper and Ian Iverson", TextOf(second["value"]), StringComparison.Ordinal);
        var approved = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(DeletionCaseState.Approved, approved.State);
        Assert.Equal(["Grace Hopper", "Ian Iverson"], approved.ApprovedBy);
        var notice = (await Eventually.UntilAsync(() => Task.FromResult(Channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice")).Single();
        Assert.Equal("Grace Hopper and Ian Iverson approved your request. Continue with the checklist:", notice.Text);
        await Eventually.UntilAsync(() => Task.FromResult(Channel.Updated.Count), n => n >= 2, "both cards replaced");
        Assert.Equal(chats.Values.Select(c => c.ActivityId).Order(), Channel.Updated.Select(u => u.ActivityId).Order());
        var votes = (await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None)).Where(e => e.Action == ApprovalAudit.Vote).ToList();
        Assert.Equal(["user:user_grace", "user:user_ian"], votes.Select(v => v.Actor));
        Assert.Equal(["1", "2"], votes.Select(v => v.Details["approvals"]));
    }

    [Fact]
    public async Task TwoAdminsDecideAtOnce_OneApprovesOneRejects_ExactlyOneDecisionStands()
    {
        await using var host = NewHost(requiredApprovers: 1);
        var (deletionCase, _) = await host.SamAsksAsync();
        var chats = ChatsByApprover();
        var graceApprove = await ApproveDataAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper");
        var ianView = await RefreshAsync(host, chats[IanAad], IanAad, "Ian Iverson");
        var ianReject = FindExecute(ianView, "approval.reject")!["data"]!.DeepClone().AsObject();
        ianReject["reason"] = "Not before the audit.";

        var answers = await Task.WhenAll(
            InvokeAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper", graceApprove),
            InvokeAsync(host, chats[IanAad], IanAad, "Ian Iverson", ianReject, "approval.reject"));

        var record = (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        var state = (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State;
        var texts = answers.Select(a => TextOf(a["value"])).ToList();
        if (record.State == ApprovalState.Approved)
        {
            Assert.Equal(("Grace Hopper", DeletionCaseState.Approved), (record.DecidedBy, state));
        }
        else
        {
            Assert.Equal((ApprovalState.Rejected, "Ian Iverson", DeletionCaseState.Rejected), (record.State, record.DecidedBy, state));
        }

        // Both clickers see the one decision that stands.
        var standing = record.State == ApprovalState.Approved ? "Approved by Grace Hopper" : "Rejected by Ian Iverson";
        Assert.All(texts, t => Assert.Contains(standing, t, StringComparison.Ordinal));
        var actions = await Eventually.UntilAsync(() => host.AuditActionsAsync(deletionCase.CaseId), a => a.Contains(ApprovalAudit.RequesterNotified), "the notice in the audit");
        Assert.Equal(1, actions.Count(a => a is "case.approved" or "case.rejected"));
        Assert.Single(await Eventually.UntilAsync(() => Task.FromResult(Channel.ActivitiesTo(SamConversation)), a => a.Count > 0, "sam's notice"));
    }

    [Fact]
    public async Task SixApprovalsAtOnce_AreAllCounted_NoneIsLost()
    {
        // Six super administrators approve at the same moment (six chats, six turns in parallel): every vote is a
        // read-modify-write of one stored request, so only the ETag check keeps all six.
        var extra = Enumerable.Range(1, 5).Select(i => ($"user_admin{i}", $"6200000{i}-0000-4000-8000-00000000006{i}", $"Admin Number{i}")).ToList();
        await using var host = NewHost(requiredApprovers: 6, extra);
        var (deletionCase, outcome) = await host.SamAsksAsync();
        Assert.Equal(6, outcome.ApproverNames.Count);
        var chats = ChatsByApprover();
        var voters = new List<(string Aad, string Name)> { (DemoUsers.Grace.AadObjectId, "Grace Hopper") };
        voters.AddRange(extra.Select(e => (e.Item2, e.Item3)));
        var data = await ApproveDataAsync(host, chats[DemoUsers.Grace.AadObjectId], DemoUsers.Grace.AadObjectId, "Grace Hopper");

        await Task.WhenAll(voters.Select(v => InvokeAsync(host, chats[v.Aad], v.Aad, v.Name, data)));

        var record = (await host.Approvals.GetAsync(deletionCase.CaseId, CancellationToken.None))!;
        Assert.Equal(6, record.Approvals.Select(v => v.UserId).Distinct().Count());
        Assert.Equal(ApprovalState.Approved, record.State);
        Assert.Equal(DeletionCaseState.Approved, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
    }

    private BotTestHost NewHost(int requiredApprovers, IReadOnlyList<(string Id, string Aad, string Name)>? admins = null)
    {
        var host = BotTestHost.ForApprovals(redis, Channel, Tokens).WithSeed(seed =>
        {
            var ssoCorp = seed["accounts"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "acct_ssocorp")!;
            foreach (var (id, aad, name) in admins ?? [("user_ian", IanAad, "Ian Iverson")])
            {
                seed["users"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = id,
                    ["email"] = id[5..] + "@ssocorp.example",
                    ["name"] = name,
                    ["entra"] = new JsonObject { ["tenant_id"] = DemoUsers.Tenant, ["object_id"] = aad },
                });
                ssoCorp["members"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = "mem_ssocorp_" + id[5..],
                    ["user_id"] = id,
                    ["roles"] = new JsonArray("Super Administrator"),
                    ["is_primary_owner"] = false,
                });
            }
        });
        host.Settings["Approvals:RequiredApprovers"] = requiredApprovers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host.Start();
    }

    /// <summary>The chat the bot created with each approver (by Entra object id) and the id of the card posted there.</summary>
    private Dictionary<string, (string Conversation, string ActivityId)> ChatsByApprover() =>
        Channel.Created.ToDictionary(
            c => c.Parameters["members"]![0]!["aadObjectId"]!.GetValue<string>(),
            c => (c.ConversationId, Channel.ActivityIdOf[Assert.Single(Channel.ActivitiesTo(c.ConversationId))]));

    private JsonObject CardIn(string conversationId) => (JsonObject)Assert.Single(Channel.ActivitiesTo(conversationId)).Attachments![0].Content!;

    private async Task<JsonNode> RefreshAsync(BotTestHost host, (string Conversation, string ActivityId) chat, string aad, string name)
    {
        var data = CardIn(chat.Conversation)["refresh"]!["action"]!["data"]!.AsObject();
        var (_, body) = await host.PostAsync(Execute(Channel.ServiceUrl, chat.Conversation, aad, name, "approval.refresh", data, chat.ActivityId, "automatic"));
        return body!["value"]!;
    }

    private async Task<JsonObject> ApproveDataAsync(BotTestHost host, (string Conversation, string ActivityId) chat, string aad, string name) =>
        FindExecute(await RefreshAsync(host, chat, aad, name), "approval.approve")!["data"]!.AsObject();

    private async Task<JsonObject> InvokeAsync(BotTestHost host, (string Conversation, string ActivityId) chat, string aad, string name, JsonObject data, string verb = "approval.approve")
    {
        var (status, body) = await host.PostAsync(Execute(Channel.ServiceUrl, chat.Conversation, aad, name, verb, data, chat.ActivityId));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }
}
