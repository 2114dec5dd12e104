using System.Net;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// Cora (contract account) is handed to her CSM over the real host: the CSM gets the request card in a chat the bot
/// creates, accepts it (Teams invoke), messages relay both ways in order, and the conversation goes back to the bot.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class HandoffFlowTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task Cora_CsmAccepts_MessagesRelayBothWaysInOrder_ThenTheConversationIsHandedBackToTheBot()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = "a:cora-" + Guid.NewGuid().ToString("N");
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        var caseId = await CreateCaseAsync(host);
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "Hello there, this is Cora"));

        var outcome = await host.RequestAsync(cora, ContractRequest(caseId));

        Assert.True(outcome.AgentAvailable);
        Assert.Equal(["Mike Morgan"], outcome.OfferedTo);
        Assert.False(AgentChats.Exists(Channel, DemoUsers.Sara));
        var mikeChat = AgentChats.With(Channel, DemoUsers.Mike);
        var (requestCard, requestCardId) = AgentChats.RequestCard(Channel, mikeChat);
        Assert.Contains("**Cora** at **Contract Co** needs help deleting their account — contract account", AgentChats.TextOf(requestCard), StringComparison.Ordinal);
        Assert.Contains(Channel.TextsTo(coraChat), t => t.StartsWith("I've asked Mike Morgan, your Customer Success Manager", StringComparison.Ordinal));
        Assert.True(await host.IsActiveAsync(cora));

        var (status, body) = await host.InvokeAsync(Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(requestCard, CardActionsVerbs.Accept), requestCardId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Contains("Accepted by Mike Morgan", AgentChats.TextOf(body["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Null(AgentChats.FindExecute(body["value"]!.AsObject(), CardActionsVerbs.Accept));
        Assert.Contains("You are now chatting with Mike (Customer Success).", Channel.TextsTo(coraChat));
        var updated = Assert.Single(Channel.Updated, u => u.ActivityId == requestCardId);
        Assert.Contains("Accepted by Mike Morgan", AgentChats.TextOf(updated.Activity.Attachments![0].Content!.AsObject()), StringComparison.Ordinal);
        var (contextCard, _) = AgentChats.ContextCard(Channel, mikeChat);
        var context = AgentChats.TextOf(contextCard);
        Assert.Contains(caseId, context, StringComparison.Ordinal);
        Assert.Contains("1 of 3 required steps done", context, StringComparison.Ordinal);
        Assert.Contains("Remove the domain contract.example", context, StringComparison.Ordinal);
        Assert.Contains("Hello there, this is Cora", context, StringComparison.Ordinal);

        string[] fromCora = ["Hi Mike", "Can you cancel the enterprise plan?", "And then delete everything", "Thanks!"];
        string[] fromMike = ["Hi Cora, happy to help", "I've cancelled the plan", "You can continue with the bot now"];
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, fromCora[0]));
        await host.SendAsync(Teams.Message(Channel, mikeChat, DemoUsers.Mike, fromMike[0]));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, fromCora[1]));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, fromCora[2]));
        await host.SendAsync(Teams.Message(Channel, mikeChat, DemoUsers.Mike, fromMike[1]));
        await host.SendAsync(Teams.Message(Channel, mikeChat, DemoUsers.Mike, fromMike[2]));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, fromCora[3]));

        Assert.Equal(fromCora.Select(t => "Cora: " + t), Channel.TextsTo(mikeChat).Where(t => t.StartsWith("Cora: ", StringComparison.Ordinal)));
        Assert.Equal(fromMike.Select(t => "Mike: " + t), Channel.TextsTo(coraChat).Where(t => t.StartsWith("Mike: ", StringComparison.Ordinal)));

        var (backStatus, backBody) = await host.InvokeAsync(Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(contextCard, CardActionsVerbs.HandBack), "ctx"));

        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.Equal("application/vnd.microsoft.activity.message", backBody["type"]!.GetValue<string>());
        Assert.Equal(HandoffMessages.HandedBackToAgent, backBody["value"]!.GetValue<string>());
        var coraTexts = Channel.TextsTo(coraChat);
        var handedBack = coraTexts.ToList().IndexOf("Mike handed the conversation back to me.");
        Assert.True(handedBack >= 0, string.Join(" | ", coraTexts));
        Assert.StartsWith("I'm back.", coraTexts[handedBack + 1], StringComparison.Ordinal);
        Assert.False(await host.IsActiveAsync(cora));

        var messagesToMike = Channel.TextsTo(mikeChat).Count;
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "Is anyone there?"));
        Assert.Equal(messagesToMike, Channel.TextsTo(mikeChat).Count);

        var audit = await host.Cases.GetAuditAsync(caseId, CancellationToken.None);
        Assert.Equal(
            [HandoffAudit.Requested, HandoffAudit.Offered, HandoffAudit.Accepted, HandoffAudit.HandedBack],
            audit.Select(e => e.Action).Where(a => a.StartsWith("handoff.", StringComparison.Ordinal)));
        Assert.All(audit.Where(e => e.Action.StartsWith("handoff.", StringComparison.Ordinal)), e => Assert.Equal(outcome.HandoffId, e.Details["handoffId"]));
        Assert.Equal("agent:" + DemoUsers.Mike.AadObjectId, audit.Single(e => e.Action == HandoffAudit.Accepted).Actor);
    }

    [Fact]
    public async Task AOneTimeCodeTypedEarlier_IsMaskedInTheAgentsTranscriptAndInTheRelay()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens).Start();
        var coraChat = "a:cora-" + Guid.NewGuid().ToString("N");
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "my code is 482913"));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "or was it 123 456?"));

        await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), ContractRequest(null));
        var mikeChat = AgentChats.With(Channel, DemoUsers.Mike);
        var (requestCard, requestCardId) = AgentChats.RequestCard(Channel, mikeChat);
        await host.InvokeAsync(Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(requestCard, CardActionsVerbs.Accept), requestCardId));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "the new one is 777111"));

        var context = AgentChats.TextOf(AgentChats.ContextCard(Channel, mikeChat).Card);
        Assert.Contains("my code is " + OneTimeCodes.Mask, context, StringComparison.Ordinal);
        Assert.Contains("or was it " + OneTimeCodes.Mask + "?", context, StringComparison.Ordinal);
        var everythingMikeGot = string.Join("\n", Channel.ActivitiesTo(mikeChat).Select(a => (a.Text ?? "") + (a.Attachments is { } att ? string.Join("", att.Select(x => x.Content?.ToJsonString())) : "")));
        Assert.DoesNotContain("482913", everythingMikeGot, StringComparison.Ordinal);
        Assert.DoesNotContain("123 456", everythingMikeGot, StringComparison.Ordinal);
        Assert.DoesNotContain("777111", everythingMikeGot, StringComparison.Ordinal);
        Assert.Contains("Cora: the new one is " + OneTimeCodes.Mask, Channel.TextsTo(mikeChat));
    }

    [Fact]
    public async Task TheHandoffInitiateEvent_CarriesTheContextAndTheTranscriptForAnExternalHub()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens).Start();
        var coraChat = "a:cora-" + Guid.NewGuid().ToString("N");
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "hello, my code is 246810"));
        var caseId = await CreateCaseAsync(host);

        var outcome = await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), ContractRequest(caseId));

        var initiate = Assert.Single(Channel.ActivitiesTo(coraChat), a => a.Type == "event");
        Assert.Equal("handoff.initiate", initiate.Name);
        Assert.Equal(coraChat, initiate.Conversation!.Id);
        Assert.Equal(DemoUsers.Cora.TeamsId, initiate.From!.Id);
        Assert.Equal("msteams", initiate.ChannelId);
        Assert.False(string.IsNullOrEmpty(initiate.Id));
        Assert.NotNull(initiate.Timestamp);
        Assert.Equal(coraChat, initiate.RelatesTo!.Conversation!.Id);
        var value = initiate.Value!.AsObject();
        Assert.Equal(caseId, value["caseId"]!.GetValue<string>());
        Assert.Equal(outcome.HandoffId, value["handoffId"]!.GetValue<string>());
        Assert.Equal("Customer Success (contract account)", value["route"]!.GetValue<string>());
        Assert.Equal("account-deletion", value["skill"]!.GetValue<string>());
        Assert.Equal("Cora at Contract Co needs help deleting their account — contract account", value["MessageToAgent"]!.GetValue<string>());
        Assert.Equal(1, value["checklist"]!["done"]!.GetValue<int>());
        Assert.Equal(3, value["checklist"]!["total"]!.GetValue<int>());
        Assert.Equal(["Remove the domain contract.example", "Cancel the Enterprise Plan"], value["checklist"]!["pending"]!.AsArray().Select(p => p!.GetValue<string>()));
        var transcript = Assert.Single(initiate.Attachments!);
        Assert.Equal("application/json", transcript.ContentType);
        Assert.Equal("Transcript", transcript.Name);
        var lines = transcript.Content!["activities"]!.AsArray();
        Assert.Contains(lines, l => l!["text"]!.GetValue<string>() == "hello, my code is " + OneTimeCodes.Mask
            && l["type"]!.GetValue<string>() == "message" && l["from"]!["role"]!.GetValue<string>() == "user");
        Assert.DoesNotContain("246810", initiate.Value.ToJsonString() + transcript.Content.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTranscript_KeepsOnlyTheLastMessages()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, [new("Support:TranscriptLength", "3")]).Start();
        var coraChat = "a:cora-" + Guid.NewGuid().ToString("N");
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "first message"));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "second message"));

        await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), ContractRequest(null));

        var initiate = Assert.Single(Channel.ActivitiesTo(coraChat), a => a.Type == "event");
        var lines = initiate.Attachments![0].Content!["activities"]!.AsArray().Select(l => l!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.DoesNotContain("first message", lines);
        Assert.Contains("second message", lines);
    }

    internal static HandoffRequest ContractRequest(string? caseId) => new(
        HandoffReason.ContractAccount, "Cora", "user_cora", "acct_contract_co", "Contract Co", caseId,
        "Customer Success (contract account)", 1, 3, ["Remove the domain contract.example", "Cancel the Enterprise Plan"]);

    internal static async Task<string> CreateCaseAsync(BotTestHost host)
    {
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "user_cora", AccountIds = ["acct_contract_co"] };
        await host.Cases.CreateUnlessAsync(deletionCase, DeletionActors.User("user_cora"), new CaseChange("case.requested"), _ => false, CancellationToken.None);
        return deletionCase.CaseId;
    }
}
