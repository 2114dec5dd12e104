using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// Who gets the conversation and what happens when nobody (or somebody else) takes it: transfer and close, the first
/// accept winning, no agent configured, the accept timeout, the user giving up.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class HandoffRoutingTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task TheCsmTransfersToASupportAgent_WhoAcceptsAndThenClosesTheChat()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara, DemoUsers.Alex)).Start();
        var coraChat = NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, ContractRequest());
        var mikeChat = AgentChats.With(Channel, DemoUsers.Mike);
        await AcceptAsync(host, mikeChat, DemoUsers.Mike);
        var (contextCard, contextCardId) = AgentChats.ContextCard(Channel, mikeChat);
        var choices = contextCard["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.ShowCard")!["card"]!["body"]![0]!["choices"]!.AsArray();
        Assert.Equal(["Sara Support (Support)", "Alex Agent (Support)"], choices.Select(c => c!["title"]!.GetValue<string>()));

        var (status, body) = await host.InvokeAsync(Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(contextCard, CardActionsVerbs.Transfer), contextCardId,
            new JsonObject { [AgentContextCard.TransferTargetInputId] = DemoUsers.Sara.AadObjectId }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Transferred: Sara Support has been asked to take over.", body["value"]!.GetValue<string>());
        Assert.Contains("Mike is transferring you to Sara (Support). I'll connect you as soon as they accept.", Channel.TextsTo(coraChat));
        Assert.False(AgentChats.Exists(Channel, DemoUsers.Alex));
        await host.SendAsync(Teams.Message(Channel, mikeChat, DemoUsers.Mike, "still there?"));
        Assert.DoesNotContain(Channel.TextsTo(coraChat), t => t.Contains("still there?", StringComparison.Ordinal));

        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        await AcceptAsync(host, saraChat, DemoUsers.Sara);
        Assert.Contains("You are now chatting with Sara (Support).", Channel.TextsTo(coraChat));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "Hello Sara"));
        await host.SendAsync(Teams.Message(Channel, saraChat, DemoUsers.Sara, "Hello Cora"));
        Assert.Contains("Cora: Hello Sara", Channel.TextsTo(saraChat));
        Assert.DoesNotContain("Cora: Hello Sara", Channel.TextsTo(mikeChat));
        Assert.Contains("Sara: Hello Cora", Channel.TextsTo(coraChat));

        var (saraContext, saraContextId) = AgentChats.ContextCard(Channel, saraChat);
        var (closeStatus, closeBody) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(saraContext, CardActionsVerbs.Close), saraContextId));

        Assert.Equal(HttpStatusCode.OK, closeStatus);
        Assert.Equal(HandoffMessages.ClosedToAgent, closeBody["value"]!.GetValue<string>());
        Assert.Contains("Sara closed the chat. " + HandoffMessages.BackWithBot, Channel.TextsTo(coraChat));
        Assert.False(await host.IsActiveAsync(cora));
        var (againStatus, againBody) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(saraContext, CardActionsVerbs.Close), saraContextId));
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal(HandoffMessages.NoLongerOpen, againBody["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoAgentsAccept_TheFirstWins_TheSecondIsTold_AndEveryOfferedCardShowsWhoTookIt()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara, DemoUsers.Alex)).Start();
        var coraChat = NewChat();

        var outcome = await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), AskedRequest());

        Assert.Equal(["Sara Support", "Alex Agent"], outcome.OfferedTo);
        Assert.Contains(HandoffMessages.AskedSupport(2), Channel.TextsTo(coraChat));
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var alexChat = AgentChats.With(Channel, DemoUsers.Alex);
        var (saraCard, saraCardId) = AgentChats.RequestCard(Channel, saraChat);
        var (alexCard, alexCardId) = AgentChats.RequestCard(Channel, alexChat);
        Assert.Contains("**Cora** at **an account not chosen yet** needs help deleting their account — asked for a human", AgentChats.TextOf(saraCard), StringComparison.Ordinal);

        var (_, first) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(saraCard, CardActionsVerbs.Accept), saraCardId));
        var (secondStatus, second) = await host.InvokeAsync(Teams.Execute(Channel, alexChat, DemoUsers.Alex, AgentChats.Execute(alexCard, CardActionsVerbs.Accept), alexCardId));

        Assert.Contains("Accepted by Sara Support", AgentChats.TextOf(first["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal("application/vnd.microsoft.card.adaptive", second["type"]!.GetValue<string>());
        Assert.Contains("Accepted by Sara Support", AgentChats.TextOf(second["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Null(AgentChats.FindExecute(second["value"]!.AsObject(), CardActionsVerbs.Accept));
        foreach (var (chat, cardId) in new[] { (saraChat, saraCardId), (alexChat, alexCardId) })
        {
            var update = Assert.Single(Channel.Updated, u => u.ConversationId == chat && u.ActivityId == cardId);
            Assert.Contains("Accepted by Sara Support", AgentChats.TextOf(update.Activity.Attachments![0].Content!.AsObject()), StringComparison.Ordinal);
        }

        Assert.Single(Channel.TextsTo(coraChat), t => t == "You are now chatting with Sara (Support).");
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "Who is there?"));
        Assert.Contains("Cora: Who is there?", Channel.TextsTo(saraChat));
        Assert.DoesNotContain("Cora: Who is there?", Channel.TextsTo(alexChat));
        Assert.DoesNotContain(AgentChats.Cards(Channel, alexChat), c => AgentChats.FindExecute(c.Card, CardActionsVerbs.HandBack) is not null);
    }

    [Fact]
    public async Task NoAgentConfigured_NobodyIsAvailable_AndSupportGetsAnEmailFollowUp()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens).Start();
        var coraChat = NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "my code was 135790"));

        var outcome = await host.RequestAsync(cora, AskedRequest());

        Assert.False(outcome.AgentAvailable);
        Assert.Empty(outcome.OfferedTo);
        Assert.Empty(Channel.Created);
        Assert.False(await host.IsActiveAsync(cora));
        var mailbox = host.Services.GetRequiredService<SandboxMailbox>();
        var mails = await Eventually.UntilAsync(() => Task.FromResult(mailbox.List()), m => m.Any(x => x.To.Contains("support@khulnasoft.com")), "the follow-up mail");
        var mail = Assert.Single(mails, m => m.To.Contains("support@khulnasoft.com"));
        Assert.Contains("Cora needs help deleting their account — asked for a human", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("cora@contract.example", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("my code was " + OneTimeCodes.Mask, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("135790", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyAcceptsInTime_TheUserIsToldAndOfferedAnEmailFollowUp_AndALateAcceptIsRefused()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, [.. DemoUsers.AsSupportAgents(DemoUsers.Sara), new("Support:AcceptTimeout", "00:00:02")]).Start();
        var coraChat = NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);

        var outcome = await host.RequestAsync(cora, AskedRequest());

        Assert.True(outcome.AgentAvailable);
        var texts = await Eventually.UntilAsync(() => Task.FromResult(Channel.TextsTo(coraChat)), t => t.Any(x => x.StartsWith("Sorry — no one", StringComparison.Ordinal)), "the timeout message");
        Assert.Contains(HandoffMessages.TimedOut("cora@contract.example", "support@khulnasoft.com"), texts);
        Assert.False(await host.IsActiveAsync(cora));
        var mailbox = host.Services.GetRequiredService<SandboxMailbox>();
        await Eventually.UntilAsync(() => Task.FromResult(mailbox.List()), m => m.Any(x => x.To.Contains("support@khulnasoft.com") && x.TextBody.Contains("Nobody accepted the chat in time", StringComparison.Ordinal)), "the follow-up mail");

        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var (card, cardId) = AgentChats.RequestCard(Channel, saraChat);
        var (status, late) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(card, CardActionsVerbs.Accept), cardId));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HandoffMessages.NoLongerOpen, late["value"]!.GetValue<string>());
        Assert.Single(Channel.TextsTo(coraChat), t => t.StartsWith("Sorry — no one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheUserStopsWaiting_TheHandoffEnds_AndALaterAcceptIsRefused()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = NewChat();
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.RequestAsync(cora, AskedRequest());

        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "are you there?"));
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "cancel"));

        Assert.Equal([HandoffMessages.StillQueued, HandoffMessages.UserCancelled], Channel.TextsTo(coraChat).TakeLast(2));
        Assert.False(await host.IsActiveAsync(cora));
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var (card, cardId) = AgentChats.RequestCard(Channel, saraChat);
        var (_, late) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Sara, AgentChats.Execute(card, CardActionsVerbs.Accept), cardId));
        Assert.Equal(HandoffMessages.NoLongerOpen, late["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAgentWhoWasNotOffered_CannotAcceptOrHandBack()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara)).Start();
        var coraChat = NewChat();
        var caseId = await HandoffFlowTests.CreateCaseAsync(host);
        await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), AskedRequest() with { CaseId = caseId });
        var saraChat = AgentChats.With(Channel, DemoUsers.Sara);
        var (card, cardId) = AgentChats.RequestCard(Channel, saraChat);

        var (_, refused) = await host.InvokeAsync(Teams.Execute(Channel, saraChat, DemoUsers.Alex, AgentChats.Execute(card, CardActionsVerbs.Accept), cardId));
        await AcceptAsync(host, saraChat, DemoUsers.Sara);
        var (context, contextId) = AgentChats.ContextCard(Channel, saraChat);
        var (_, notYours) = await host.InvokeAsync(Teams.Execute(Channel, "a:alex-elsewhere", DemoUsers.Alex, AgentChats.Execute(context, CardActionsVerbs.HandBack), contextId));

        Assert.Equal(HandoffMessages.NotOffered, refused["value"]!.GetValue<string>());
        Assert.Equal(HandoffMessages.NotYours, notYours["value"]!.GetValue<string>());
        Assert.DoesNotContain(Channel.TextsTo(coraChat), t => t.Contains("handed the conversation back", StringComparison.Ordinal));
        var refusals = (await host.Cases.GetAuditAsync(caseId, CancellationToken.None)).Where(e => e.Action == HandoffAudit.Refused).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Equal("agent:" + DemoUsers.Alex.AadObjectId, e.Actor));
    }

    [Fact]
    public void AnAgentWithoutAnEntraObjectId_StopsTheHostFromStarting()
    {
        using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, [new("Support:Agents:0:Name", "Nameless"), new("Support:Agents:0:TenantId", DemoUsers.Tenant), new("Support:Agents:0:AadObjectId", "nameless@khulnasoft.example")]);

        var ex = Assert.ThrowsAny<Exception>(() => host.Start());

        var validation = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(Unwrap(ex));
        Assert.Contains(validation.Failures, f => f.Contains("Support:Agents:0:AadObjectId must be the agent's Entra object id", StringComparison.Ordinal));
    }

    internal static async Task AcceptAsync(BotTestHost host, string agentChat, DemoUser agent)
    {
        var (card, cardId) = AgentChats.RequestCard(host.Channel, agentChat);
        var (status, body) = await host.InvokeAsync(Teams.Execute(host.Channel, agentChat, agent, AgentChats.Execute(card, CardActionsVerbs.Accept), cardId));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Accepted by " + agent.Name, AgentChats.TextOf(body["value"]!.AsObject()), StringComparison.Ordinal);
    }

    internal static string NewChat() => "a:cora-" + Guid.NewGuid().ToString("N");

    internal static HandoffRequest ContractRequest() => new(
        HandoffReason.ContractAccount, "Cora", "user_cora", "acct_contract_co", "Contract Co", null, "Customer Success (contract account)", 0, 0, []);

    internal static HandoffRequest AskedRequest() => new(HandoffReason.UserAsked, "Cora", "user_cora", null, null, null, "Asked for a human", 0, 0, []);

    private static Exception Unwrap(Exception ex)
    {
        while (ex is not Microsoft.Extensions.Options.OptionsValidationException && (ex.InnerException ?? (ex as AggregateException)?.InnerExceptions.FirstOrDefault()) is { } inner)
        {
            ex = inner;
        }

        return ex;
    }
}
