using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Approvals.ApprovalHosting;
using static Khulnasoft.Bot.Tests.Approvals.TeamsActivities;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// In anonymous local mode (Development, no app id) anyone can post any activity, so a Teams click vouches for
/// nobody, even with a super administrator's object id: Grace sees only the status, her approve is refused and
/// audited as unauthenticated, and the case keeps waiting (the same rule as the identity step).
/// </summary>
[Collection(ApprovalsRedisCollection.Name)]
public sealed class UnauthenticatedClickTests(RedisServer redis) : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task ATeamsClickInAnonymousMode_IsNotAnApprover_AndIsAuditedAsUnauthenticated()
    {
        await using var host = BotTestHost.ForApprovals(redis, _channel).Start();
        var (deletionCase, _) = await host.SamAsksAsync();
        var (_, graceChat) = Assert.Single(_channel.Created);
        var sent = Assert.Single(_channel.ActivitiesTo(graceChat));
        var card = (JsonObject)sent.Attachments![0].Content!;
        var cardId = _channel.ActivityIdOf[sent];
        var refreshData = card["refresh"]!["action"]!["data"]!.AsObject();
        var approveData = new JsonObject { ["action"] = "approval.approve", ["caseId"] = refreshData["caseId"]!.DeepClone(), ["requestId"] = refreshData["requestId"]!.DeepClone() };

        var (viewStatus, view) = await host.PostAsync(Execute(_channel.ServiceUrl, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.refresh", refreshData, cardId, "automatic"));
        var (status, body) = await host.PostAsync(Execute(_channel.ServiceUrl, graceChat, DemoUsers.Grace.AadObjectId, "Grace Hopper", "approval.approve", approveData, cardId));

        Assert.Equal(HttpStatusCode.OK, viewStatus);
        Assert.Null(FindExecute(view!["value"], "approval.approve"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ApprovalTexts.NotAnApprover, body!["value"]!.GetValue<string>());
        var refusal = Assert.Single(await host.Cases.GetAuditAsync(deletionCase.CaseId, CancellationToken.None), e => e.Action == ApprovalAudit.Refused);
        Assert.Equal("unverified:msteams", refusal.Actor);
        Assert.Equal("unauthenticated", refusal.Details["reason"]);
        Assert.Equal(DeletionCaseState.AwaitingApproval, (await host.Scheduler.GetAsync(deletionCase.CaseId, CancellationToken.None))!.State);
    }
}
