using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using static Khulnasoft.Bot.Tests.Routes.TeamsParticipant;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>
/// The handoff route end to end over HTTP, through the real host and the real deletion dialog: the agent gets the
/// request card proactively in a chat the bot creates, accepts with Action.Execute (authenticated with a real channel
/// token), messages relay both ways in order, and the hand back returns the user to the dialog.
/// </summary>
[Collection(RoutesRedisCollection.Name)]
public sealed class HandoffRouteTests(RedisServer redis) : TeamsChannelTest
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cora_IsRoutedToHerCsm_MikeAccepts_MessagesRelayBothWaysInOrder_HandBackContinuesTheDialogAtItsStep(bool contractEnded)
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens).Start();
        var cora = host.Teams(DemoUsers.Cora);

        await cora.SayAsync("delete my account");
        Assert.Contains("cora@contract.example", cora.TakeNewText(), StringComparison.Ordinal);
        await cora.ClickAsync(CardActions.IdentityConfirm);
        var routed = cora.TakeNew();
        var routedText = string.Join("\n", routed.Select(a => a.Text));
        Assert.Contains("Customer Success Manager handles its deletion", routedText, StringComparison.Ordinal);
        Assert.Contains("I've asked Mike Morgan, your Customer Success Manager", routedText, StringComparison.Ordinal);
        var initiate = Assert.Single(routed, a => a.Type == "event");
        Assert.Equal("handoff.initiate", initiate.Name);

        // Mike gets the request card proactively, in a personal chat the bot created with his Entra identity.
        var mike = host.Teams(DemoUsers.Mike, ChatCreatedWith(DemoUsers.Mike));
        var request = Assert.Single(mike.TakeNew(), a => CardOf(a) is { } c && FindExecuteVerb(c, CardActions.HandoffAccept) is not null);
        var requestCard = CardOf(request)!;
        Assert.Contains("**Cora Contract** at **Contract Co** needs help deleting their account — contract account", CardText(requestCard), StringComparison.Ordinal);
        var accept = FindExecuteVerb(requestCard, CardActions.HandoffAccept)!;

        // Accepting without a channel token never reaches the bot; Bob (not offered) is refused.
        Assert.Equal(HttpStatusCode.Unauthorized, await mike.ExecuteUnsignedAsync(CardActions.HandoffAccept, accept["data"]!.AsObject(), Channel.ActivityIdOf[request]));
        var bob = host.Teams(DemoUsers.Bob, mike.ConversationId);
        var refused = await bob.ExecuteAsync(CardActions.HandoffAccept, accept["data"]!.AsObject(), Channel.ActivityIdOf[request]);
        Assert.Equal(HandoffMessages.NotOffered, refused["value"]!.GetValue<string>());

        var accepted = await mike.ExecuteAsync(CardActions.HandoffAccept, accept["data"]!.AsObject(), Channel.ActivityIdOf[request]);
        Assert.Equal(CardType, accepted["type"]!.GetValue<string>());
        Assert.Contains("Accepted by Mike Morgan", CardText(accepted["value"]), StringComparison.Ordinal);
        Assert.Contains("You are now chatting with Mike (Customer Success).", cora.TakeNew().Select(a => a.Text));
        var context = mike.TakeNew().Select(CardOf).Last(c => c is not null && FindExecuteVerb(c, CardActions.HandoffHandBack) is not null)!;
        Assert.Contains("contract.example", CardText(context), StringComparison.Ordinal);

        string[] fromCora = ["Hi Mike", "Please cancel the enterprise plan", "Thanks!"];
        string[] fromMike = ["Hi Cora, on it", "Done — the bot will take you from here"];
        await cora.SayAsync(fromCora[0]);
        await mike.SayAsync(fromMike[0]);
        await cora.SayAsync(fromCora[1]);
        await cora.SayAsync(fromCora[2]);
        await mike.SayAsync(fromMike[1]);

        Assert.Equal(fromCora.Select(t => "Cora Contract: " + t), mike.TakeNew().Select(a => a.Text ?? ""));
        Assert.Equal(fromMike.Select(t => "Mike: " + t), cora.TakeNew().Select(a => a.Text ?? ""));

        // Mike ends the contract (a staff action on the sandbox dashboard), or doesn't, and hands back.
        if (contractEnded)
        {
            await host.DashboardAsync("staff/contracts/acct_contract_co/sub_contract_ent/end");
        }

        var handedBack = await mike.ExecuteAsync(CardActions.HandoffHandBack, FindExecuteVerb(context, CardActions.HandoffHandBack)!["data"]!.AsObject(), null);
        Assert.Equal(HandoffMessages.HandedBackToAgent, handedBack["value"]!.GetValue<string>());
        var back = cora.TakeNew().Select(a => a.Text ?? "").ToList();
        Assert.Equal("Mike handed the conversation back to me.", back[0]);
        Assert.Equal("I'm back. Let's continue where we left off.", back[1]);
        Assert.StartsWith("Once your Customer Success Manager has handed you back to me, say \"continue\"", back[2], StringComparison.Ordinal);

        // The deletion dialog continues at the step it was waiting in and reads the route again: with the contract ended
        // Cora goes on with the checklist; still under contract, the deletion stays with Mike. Nothing more reaches him.
        await cora.SayAsync("continue");
        var resumed = cora.TakeNew();
        if (contractEnded)
        {
            Assert.Equal("The contract has ended, so we can go on.", resumed[0].Text);
            // Card markdown escapes the domain's dots (CardFormat.Name), so Web Chat does not link the bare domain.
            Assert.Single(resumed, a => CardOf(a) is { } c && CardText(c).Contains("contract\\.example", StringComparison.Ordinal));
            Assert.Contains(resumed, a => (a.Text ?? "").StartsWith("Still to do", StringComparison.Ordinal));
        }
        else
        {
            Assert.StartsWith("Contract Co is still under contract, so its deletion stays with your Customer Success Manager.",
                Assert.Single(resumed).Text, StringComparison.Ordinal);
            await cora.SayAsync("continue");
            Assert.DoesNotContain(cora.TakeNew(), a => (a.Text ?? "").Contains("contract", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Empty(mike.TakeNew());
        await host.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ada_MidChecklist_TalksToAHuman_SaraHandsBack_TheChecklistStepAnswersHerNextMessage()
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens);
        foreach (var (key, value) in DemoUsers.AsSupportAgents(DemoUsers.Sara))
        {
            host.Settings[key] = value;
        }

        host.Start();
        var ada = host.Teams(DemoUsers.Ada);
        await ada.SayAsync("delete my account");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        Assert.Contains("Still to do (7)", ada.TakeNewText(), StringComparison.Ordinal);

        await ada.SayAsync("talk to a human");
        Assert.Contains("I've asked someone from our support team", ada.TakeNewText(), StringComparison.Ordinal);
        var sara = host.Teams(DemoUsers.Sara, ChatCreatedWith(DemoUsers.Sara));
        var request = sara.TakeNew().Last(a => CardOf(a) is { } c && FindExecuteVerb(c, CardActions.HandoffAccept) is not null);
        await sara.ExecuteAsync(CardActions.HandoffAccept, FindExecuteVerb(CardOf(request)!, CardActions.HandoffAccept)!["data"]!.AsObject(), Channel.ActivityIdOf[request]);
        Assert.Contains("You are now chatting with Sara (Support).", ada.TakeNew().Select(a => a.Text));
        var context = CardOf(sara.TakeNew().Last(a => CardOf(a) is { } c && FindExecuteVerb(c, CardActions.HandoffHandBack) is not null))!;
        Assert.Contains("1 of 8 required steps done", CardText(context), StringComparison.Ordinal);

        // While Sara has the conversation, "re-check" is relayed to her, not answered by the dialog.
        await ada.SayAsync("re-check");
        Assert.Equal(["Ada Lovelace: re-check"], sara.TakeNew().Select(a => a.Text));
        Assert.Empty(ada.TakeNew());
        await sara.SayAsync("Cancel both subscriptions on the dashboard, then hand back to the bot");
        Assert.Equal(["Sara: Cancel both subscriptions on the dashboard, then hand back to the bot"], ada.TakeNew().Select(a => a.Text));
        await host.DashboardAsync("accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro/cancel");
        await host.DashboardAsync("accounts/acct_ada_labs/subscriptions/sub_ada_dev_argo/cancel");

        await sara.SayAsync("hand back");
        var back = ada.TakeNewText();
        Assert.Contains("Sara handed the conversation back to me.", back, StringComparison.Ordinal);
        Assert.Contains("Let's continue where we left off.", back, StringComparison.Ordinal);

        // The next message is answered by the step she was at: the checklist re-checks the live API.
        await ada.SayAsync("re-check");
        Assert.Contains("Still to do (6)", ada.TakeNewText(), StringComparison.Ordinal);
        Assert.DoesNotContain(sara.TakeNew(), a => (a.Text ?? "").StartsWith("Ada Lovelace: ", StringComparison.Ordinal));
        await host.ValidateCardsAsync();
    }

    [Fact]
    public async Task TalkToAHuman_NobodyAccepts_AfterTheAcceptTimeout_TheUserIsToldAndAnEmailFollowUpGoesOut()
    {
        await using var host = BotTestHost.ForRoutes(redis, Channel, Tokens);
        foreach (var (key, value) in DemoUsers.AsSupportAgents(DemoUsers.Sara))
        {
            host.Settings[key] = value;
        }

        host.Settings["Support:AcceptTimeout"] = "00:00:02";
        host.Settings["Support:FollowUpAddress"] = "followup@khulnasoft.example";
        host.Start();
        var ada = host.Teams(DemoUsers.Ada);
        await ada.SayAsync("delete my account");
        await ada.ClickAsync(CardActions.IdentityConfirm);
        ada.TakeNew();

        await ada.SayAsync("talk to a human");
        Assert.Contains("you're in the queue", ada.TakeNewText(), StringComparison.Ordinal);
        var sara = host.Teams(DemoUsers.Sara, ChatCreatedWith(DemoUsers.Sara));
        var request = sara.TakeNew().Last(a => CardOf(a) is { } c && FindExecuteVerb(c, CardActions.HandoffAccept) is not null);

        // The timeout is the host's Hangfire job, scheduled for Support:AcceptTimeout.
        var told = await Eventually.UntilAsync(() => Task.FromResult(ada.TakeNewText()), t => t.Length > 0, "the timeout message");
        Assert.Contains(HandoffMessages.TimedOut("ada@example.com", "followup@khulnasoft.example"), told, StringComparison.Ordinal);
        var mail = await Eventually.UntilAsync(async () => (await host.MailsToAsync("followup@khulnasoft.example")) is { Count: > 0 } mails ? mails[^1] : null, m => m is not null, "the follow-up mail");
        Assert.Contains("ada@example.com", mail!["text_body"]!.GetValue<string>(), StringComparison.Ordinal);

        // Sara's late accept finds nothing open, and Ada is back with the bot at her step.
        var late = await sara.ExecuteAsync(CardActions.HandoffAccept, FindExecuteVerb(CardOf(request)!, CardActions.HandoffAccept)!["data"]!.AsObject(), Channel.ActivityIdOf[request]);
        Assert.Equal(MessageType, late["type"]!.GetValue<string>());
        Assert.Equal(HandoffMessages.NoLongerOpen, late["value"]!.GetValue<string>());
        await ada.SayAsync("re-check");
        Assert.Contains("Still to do (7)", ada.TakeNewText(), StringComparison.Ordinal);
        await host.ValidateCardsAsync();
    }

    private string ChatCreatedWith(DemoUser person)
    {
        var (parameters, conversationId) = Assert.Single(Channel.Created, c => c.Parameters["members"]?[0]?["aadObjectId"]?.GetValue<string>() == person.AadObjectId);
        Assert.False(parameters["isGroup"]!.GetValue<bool>());
        Assert.Equal(ChannelTokens.BotTeamsId, parameters["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(DemoUsers.Tenant, parameters["tenantId"]!.GetValue<string>());
        return conversationId;
    }

    private static JsonObject? FindExecuteVerb(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Select(p => FindExecuteVerb(p.Value, verb)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(i => FindExecuteVerb(i, verb)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
