using System.Net;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// The handoff in German over the real host with real channel tokens: Cora writes in German (<c>de-DE</c>), Mike's
/// Teams client is English. What Cora is told is German, also when it is sent from Mike's turn (he joined, he handed
/// the conversation back); the request card reaches the agents in <c>Support:AgentCulture</c> (here German), and
/// what answers Mike's own click (the context card, the confirmation) follows his client (English). When nobody can
/// take it, support's follow-up email is written in <c>Support:AgentCulture</c> too.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class GermanHandoffHttpTests(RedisServer redis) : TeamsChannelTest
{
    [Fact]
    public async Task Cora_InGerman_HearsEverythingInGerman_EvenFromMikesEnglishTurn()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, [new("Support:AgentCulture", "de")]).Start();
        var coraChat = "a:cora-de-" + Guid.NewGuid().ToString("N");
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        cora.Locale = "de-DE";
        var caseId = await HandoffFlowTests.CreateCaseAsync(host);

        await host.RequestAsync(cora, HandoffFlowTests.ContractRequest(caseId));

        Assert.Contains(Channel.TextsTo(coraChat), t => t.StartsWith("Ich habe Mike Morgan, Ihren Customer Success Manager, gebeten", StringComparison.Ordinal));
        var mikeChat = AgentChats.With(Channel, DemoUsers.Mike);
        var (requestCard, requestCardId) = AgentChats.RequestCard(Channel, mikeChat);
        Assert.Contains("Hilfe angefragt", AgentChats.TextOf(requestCard), StringComparison.Ordinal);
        Assert.Contains("**Cora** bei **Contract Co** braucht Hilfe beim Löschen des Kontos – Vertragskonto.", AgentChats.TextOf(requestCard), StringComparison.Ordinal);
        Assert.Equal("Annehmen", AgentChats.Execute(requestCard, CardActionsVerbs.Accept)["title"]!.GetValue<string>());

        var accept = Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(requestCard, CardActionsVerbs.Accept), requestCardId);
        accept.Locale = "en-US";
        var (status, body) = await host.InvokeAsync(accept);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Accepted by Mike Morgan", AgentChats.TextOf(body["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Contains("Sie chatten jetzt mit Mike (Customer Success).", Channel.TextsTo(coraChat));
        var (contextCard, _) = AgentChats.ContextCard(Channel, mikeChat);
        Assert.Contains("Conversation with Cora", AgentChats.TextOf(contextCard), StringComparison.Ordinal);

        var handBack = Teams.Execute(Channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(contextCard, CardActionsVerbs.HandBack), "ctx");
        handBack.Locale = "en-US";
        var (backStatus, backBody) = await host.InvokeAsync(handBack);

        Assert.Equal(HttpStatusCode.OK, backStatus);
        Assert.Equal("You handed the conversation back to the bot. It continues where the user left off.", backBody["value"]!.GetValue<string>());
        Assert.Contains("Mike hat die Unterhaltung an mich zurückgegeben.", Channel.TextsTo(coraChat));
        Assert.DoesNotContain(Channel.TextsTo(coraChat), t => t.Contains("handed the conversation back", StringComparison.Ordinal));

        var report = await AdaptiveCardValidator.ValidateAsync([("german request card", requestCard), ("english context card", contextCard)], "1.5");
        Assert.True(report.Ok, report.Describe());
    }

    [Fact]
    public async Task NoAgentConfigured_SupportsFollowUpEmail_IsInTheAgentsLanguage()
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, [new("Support:AgentCulture", "de")]).Start();
        var coraChat = "a:cora-de-" + Guid.NewGuid().ToString("N");
        var cora = Teams.Reference(Channel, coraChat, DemoUsers.Cora);
        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "hallo"));

        var outcome = await host.RequestAsync(cora, HandoffRoutingTests.AskedRequest());

        Assert.False(outcome.AgentAvailable);
        var mailbox = host.Services.GetRequiredService<SandboxMailbox>();
        var mails = await Eventually.UntilAsync(() => Task.FromResult(mailbox.List()), m => m.Any(x => x.To.Contains("support@khulnasoft.com")), "the follow-up mail");
        var mail = Assert.Single(mails, m => m.To.Contains("support@khulnasoft.com"));
        Assert.StartsWith("Bitte per E-Mail nachfassen: ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Im Chat war kein Mitarbeiter verfügbar, deshalb wurde dem Benutzer gesagt, dass wir uns per E-Mail melden.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Benutzer: Cora <cora@contract.example> (Khulnasoft-Benutzer user_cora)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Checkliste: 0 von 0 erforderlichen Schritten erledigt", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Bisherige Unterhaltung (Einmalcodes entfernt):", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("follow up by email", mail.Subject + mail.TextBody, StringComparison.Ordinal);
    }
}
