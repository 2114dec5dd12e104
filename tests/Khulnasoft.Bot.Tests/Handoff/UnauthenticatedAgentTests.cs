using System.Net;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// In anonymous local mode anyone can post any activity, so no turn vouches for an agent: a Teams-shaped accept
/// with the CSM's object id is refused and the user keeps waiting (the same rule as the identity step and the
/// approval cards: <c>ChannelIdentityResolver</c>).
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class UnauthenticatedAgentTests(RedisServer redis) : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task AnAcceptOnAnUnauthenticatedTurn_IsRefused_AndTheUserKeepsWaiting()
    {
        await using var host = BotTestHost.ForHandoff(redis, _channel, tokens: null).Start();
        var coraChat = "a:cora-" + Guid.NewGuid().ToString("N");
        var cora = Teams.Reference(_channel, coraChat, DemoUsers.Cora);
        var caseId = await HandoffFlowTests.CreateCaseAsync(host);
        await host.RequestAsync(cora, new HandoffRequest(
            HandoffReason.ContractAccount, "Cora", "user_cora", "acct_contract_co", "Contract Co", caseId, "Customer Success (contract account)", 1, 3, []));
        var mikeChat = AgentChats.With(_channel, DemoUsers.Mike);
        var (requestCard, requestCardId) = AgentChats.RequestCard(_channel, mikeChat);

        var (status, body) = await host.InvokeAsync(Teams.Execute(_channel, mikeChat, DemoUsers.Mike, AgentChats.Execute(requestCard, CardActionsVerbs.Accept), requestCardId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(HandoffMessages.TeamsOnly, body["value"]!.GetValue<string>());
        Assert.True(await host.IsActiveAsync(cora));
        Assert.DoesNotContain(_channel.TextsTo(coraChat), t => t.StartsWith("You are now chatting with", StringComparison.Ordinal));
        Assert.DoesNotContain(_channel.Updated, u => u.ActivityId == requestCardId);
    }
}
