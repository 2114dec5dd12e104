using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// Only the external agent hub may say what happened to a handoff: a <c>handoff.status</c> event is honoured when the
/// channel authenticated it and it comes from the hub's configured account (<c>Support:ExternalHub</c>). The same
/// event sent by the user in their own conversation changes nothing and is audited as
/// <c>handoff.hub_status_refused</c>. Over HTTP with real channel tokens, the real host and a real redis-server.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class HubStatusSpoofingTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task TheUserSendsAccepted_OurOffersStand_AndTheRefusalIsAudited()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var (caseId, coraChat, cora) = await CoraAsksForAHumanAsync(host);
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var (_, cardId) = AgentChats.RequestCard(Channel, saraChat);

        using var spoofed = await host.PostAsync(Status(coraChat, DemoUsers.Cora, "accepted"));

        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.DoesNotContain(Channel.Updated, u => u.ActivityId == cardId);
        Assert.True(await host.IsActiveAsync(cora));
        var actions = await AuditActionsAsync(host, caseId);
        Assert.Contains(HandoffAudit.HubStatusRefused, actions);
        Assert.DoesNotContain(HandoffAudit.HubAccepted, actions);
        await HandoffRoutingTests.AcceptAsync(host, saraChat, DemoUsers.Sara);
        Assert.Contains("You are now chatting with Sara (Support).", Channel.TextsTo(coraChat));
    }

    [Fact]
    public async Task TheUserSendsCompleted_WhileAnAgentOwnsTheConversation_NothingEnds()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var (caseId, coraChat, cora) = await CoraAsksForAHumanAsync(host);
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        await HandoffRoutingTests.AcceptAsync(host, saraChat, DemoUsers.Sara);
        var toSara = Channel.TextsTo(saraChat).Count;

        using var spoofed = await host.PostAsync(Status(coraChat, DemoUsers.Cora, "completed"));

        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.True(await host.IsActiveAsync(cora));
        Assert.DoesNotContain(HandoffMessages.HubCompletedToAgent, Channel.TextsTo(saraChat).Skip(toSara));
        Assert.DoesNotContain(HandoffAudit.HubCompleted, await AuditActionsAsync(host, caseId));
        Assert.Contains(HandoffAudit.HubStatusRefused, await AuditActionsAsync(host, caseId));
    }

    [Fact]
    public async Task TheHubsAccountWithoutAChannelToken_IsNotTheHub()
    {
        // Anonymous local mode: anyone can post any activity, so no turn is the hub's, whatever its from.id says.
        await using var host = BotTestHost.ForHandoff(redis, Channel, tokens: null, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var (caseId, coraChat, _) = await CoraAsksForAHumanAsync(host);
        var (_, cardId) = AgentChats.RequestCard(Channel, AgentChats.With(Channel, DemoUsers.Sara));

        using var spoofed = await host.PostAsync(Status(coraChat, DemoUsers.Hub, "accepted"));

        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.DoesNotContain(Channel.Updated, u => u.ActivityId == cardId);
        Assert.Contains(HandoffAudit.HubStatusRefused, await AuditActionsAsync(host, caseId));
    }

    /// <summary>Cora has a deletion case and asks for a human in her Teams chat; the handoff belongs to the case (so it is audited).</summary>
    private async Task<(string CaseId, string CoraChat, Runtime.Schema.ConversationReference Cora)> CoraAsksForAHumanAsync(BotTestHost host)
    {
        var scheduler = host.Services.GetRequiredService<DeletionScheduler>();
        var requested = await scheduler.RequestAsync(new DeletionRequest("user_cora", [], null, null, DeletionActors.User("user_cora")), CancellationToken.None);
        var coraChat = HandoffRoutingTests.NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, HandoffRoutingTests.AskedRequest() with { CaseId = requested.CaseId });
        return (requested.CaseId, coraChat, cora);
    }

    private static async Task<List<string>> AuditActionsAsync(BotTestHost host, string caseId) =>
        [.. (await host.Cases.GetAuditAsync(caseId, CancellationToken.None)).Select(e => e.Action)];

    private Runtime.Schema.Activity Status(string conversationId, DemoUser from, string state) =>
        Teams.Event(Channel, conversationId, from, "handoff.status", new JsonObject { ["state"] = state });
}
