using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Handoff;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// The message interceptors run by their <see cref="IMessageInterceptor.Order"/>, not by which feature registered
/// first: while Cora waits for a human, "approval requests" is the handoff's message (the relay answers that she is
/// still queued), with the host's registrations as Program makes them and with the interceptors registered the
/// other way round.
/// </summary>
[Collection(HandoffRedisCollection.Name)]
public sealed class InterceptorOrderTests(RedisServer redis) : TeamsChannelTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WhileWaitingForAHuman_AFeaturesPhraseGoesToTheHandoff_WhicheverFeatureRegisteredFirst(bool reversed)
    {
        await using var host = BotTestHost.ForHandoff(redis, Channel, Tokens, DemoUsers.AsSupportAgents(DemoUsers.Sara));
        if (reversed)
        {
            host.ServiceChanges.Add(ReverseInterceptors);
        }

        host.Start();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var registered = scope.ServiceProvider.GetServices<IMessageInterceptor>().Select(i => i.GetType()).ToList();
            Assert.Equal(reversed ? [typeof(HandoffRelay), typeof(ApprovalInbox)] : [typeof(ApprovalInbox), typeof(HandoffRelay)], registered);
        }

        var coraChat = HandoffRoutingTests.NewChat();
        await host.RequestAsync(Teams.Reference(Channel, coraChat, DemoUsers.Cora), HandoffRoutingTests.AskedRequest());

        await host.SendAsync(Teams.Message(Channel, coraChat, DemoUsers.Cora, "approval requests"));

        var texts = Channel.TextsTo(coraChat);
        Assert.Equal(HandoffMessages.StillQueued, texts[^1]);
        Assert.DoesNotContain(texts, t => t.StartsWith(ApprovalTexts.UnknownAdmin, StringComparison.Ordinal) || t == ApprovalTexts.NothingWaiting);
    }

    private static void ReverseInterceptors(IServiceCollection services)
    {
        var interceptors = services.Where(d => d.ServiceType == typeof(IMessageInterceptor)).ToList();
        foreach (var descriptor in interceptors)
        {
            services.Remove(descriptor);
        }

        interceptors.Reverse();
        foreach (var descriptor in interceptors)
        {
            services.Add(descriptor);
        }
    }
}
