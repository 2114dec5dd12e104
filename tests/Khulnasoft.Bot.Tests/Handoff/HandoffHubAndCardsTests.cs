using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// <c>handoff.status</c> from an external agent hub (protocol doc §6.1) over HTTP, and the cards agents get checked by
/// the official Adaptive Cards parser at Teams' version.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class HandoffHubAndCardsTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task TheHubAccepts_OurOwnOffersStop_ThenItFails_AndTheUserIsToldAndBackWithTheBot()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = HandoffRoutingTests.NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, HandoffRoutingTests.AskedRequest());
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var (card, cardId) = AgentChats.RequestCard(Channel, saraChat);

        using var accepted = await host.PostAsync(Status(coraChat, "accepted"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var update = Assert.Single(Channel.Updated, u => u.ActivityId == cardId);
        Assert.Contains("Accepted by an agent of the external hub", AgentChats.TextOf(update.Activity.Attachments![0].Content!.AsObject()), StringComparison.Ordinal);
        var (_, late) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(card, CardActionsVerbs.Accept), cardId));
        Assert.Contains("Accepted by an agent of the external hub", AgentChats.TextOf(late["value"]!.AsObject()), StringComparison.Ordinal);
        var toSara = Channel.TextsTo(saraChat).Count;
        var toCora = Channel.TextsTo(coraChat).Count;
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "hello hub agent"));
        Assert.Equal(toSara, Channel.TextsTo(saraChat).Count);
        Assert.Equal(toCora, Channel.TextsTo(coraChat).Count);
        Assert.True(await host.IsActiveAsync(cora));

        using var failed = await host.PostAsync(Status(coraChat, "failed", "Agent disconnected"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HandoffMessages.ExternalHubFailed + " " + HandoffMessages.BackWithBot, Channel.TextsTo(coraChat)[^1]);
        Assert.False(await host.IsActiveAsync(cora));
    }

    [Fact]
    public async Task TheHubFails_WhileOurAgentsAreStillAsked_TheUserKeepsWaitingForThem()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = HandoffRoutingTests.NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, HandoffRoutingTests.AskedRequest());

        using var failed = await host.PostAsync(Status(coraChat, "failed", "No agent with skill 'account-deletion'"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HandoffMessages.ExternalHubFailed + " I'm still waiting for Sara Support to answer.", Channel.TextsTo(coraChat)[^1]);
        Assert.True(await host.IsActiveAsync(cora));
        await HandoffRoutingTests.AcceptAsync(host, AgentChats.With(Channel, DemoUsers.Sara), DemoUsers.Sara);
        Assert.Contains("You are now chatting with Sara (Support).", Channel.TextsTo(coraChat));
    }

    [Fact]
    public async Task TheHubCompletes_TheConversationIsBackWithTheBot_AndOurAgentIsTold()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = HandoffRoutingTests.NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, HandoffRoutingTests.AskedRequest());
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        await HandoffRoutingTests.AcceptAsync(host, saraChat, DemoUsers.Sara);

        using var completed = await host.PostAsync(Status(coraChat, "completed"));

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.StartsWith("I'm back.", Channel.TextsTo(coraChat)[^1], StringComparison.Ordinal);
        Assert.Equal(HandoffMessages.HubCompletedToAgent, Channel.TextsTo(saraChat)[^1]);
        Assert.False(await host.IsActiveAsync(cora));
        await host.SendAsync(Teams.Message(Channel, saraChat, DemoUsers.Sara, "are you still there?"));
        Assert.DoesNotContain(Channel.TextsTo(coraChat), t => t.Contains("are you still there?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStatusForAConversationWithoutAHandoff_IsAcceptedAndIgnored()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens).Start();
        var coraChat = HandoffRoutingTests.NewChat();

        using var response = await host.PostAsync(Status(coraChat, "completed"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Channel.TextsTo(coraChat));
    }

    [Fact]
    public async Task EveryCardAnAgentGets_PassesTheOfficialAdaptiveCardsParserAt15()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara, DemoUsers.Alex)).Start();
        var coraChat = HandoffRoutingTests.NewChat();
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "Hello there"));
        await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), new HandoffRequest(
            HandoffReason.ContractAccount, "Cora", "user_cora", "acct_contract_co", "Contract Co", null, "Customer Success (contract account)", 2, 4,
            ["Cancel the Enterprise Plan", "Remove the domain contract.example"]));
        var mikeChat = AgentChats.With(Channel, DemoUsers.Mike);
        var (request, requestId) = AgentChats.RequestCard(Channel, mikeChat);
        var (_, acceptBody) = await host.InvokeAsync(Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(request, CardActionsVerbs.Accept), requestId));
        var (context, _) = AgentChats.ContextCard(Channel, mikeChat);

        var cards = new List<(string, JsonNode)>
        {
            ("request", request),
            ("accepted (invoke response)", acceptBody["value"]!),
            ("accepted (updated message)", Channel.Updated.Single(u => u.ActivityId == requestId).Activity.Attachments![0].Content!),
            ("context", context),
        };
        var report = await AdaptiveCardValidator.ValidateAsync(cards, "1.5");

        Assert.True(report.Ok, report.Describe());
        Assert.Equal(4, report.Results.Count);
        Assert.NotNull(AgentChats.FindExecute(context, CardActionsVerbs.Transfer));
        Assert.Equal("1.5", context["version"]!.GetValue<string>());
    }

    private Runtime.Schema.Activity Status(string conversationId, string state, string? message = null)
    {
        var value = new JsonObject { ["state"] = state };
        if (message is not null)
        {
            value["message"] = message;
        }

        return Teams.Event(Channel, conversationId, DemoUsers.Hub, "handoff.status", value);
    }
}
