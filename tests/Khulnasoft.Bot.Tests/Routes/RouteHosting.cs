using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>
/// The route tests' host: the real host (the real bot and its deletion dialog, nothing replaced) in Development with
/// the embedded sandbox, state, cases and Hangfire on a real Redis, real Bot Framework authentication and the test's
/// fake Teams Connector; Teams users talk to it as <see cref="TeamsParticipant"/>s, and every card they see is kept for
/// the Adaptive Cards parser.
/// </summary>
internal static class RouteHosting
{
    extension(BotTestHost)
    {
        public static BotTestHost ForRoutes(RedisServer redis, FakeChannel channel, ChannelTokens tokens) =>
            new BotTestHost().WithSandbox().WithRedis(redis).WithTeams(channel, tokens).WithoutConnectorRetries()
                .WithPart(new ConcurrentQueue<(string Name, JsonNode Card)>());
    }

    extension(BotTestHost host)
    {
        /// <summary>A Teams user in their personal chat with the bot (a new conversation id).</summary>
        public TeamsParticipant Teams(DemoUser person) => new(host, person, "a:" + person.Key + "-" + Guid.NewGuid().ToString("N"));

        /// <summary>A Teams user in an existing chat (e.g. the one the bot created with an approver or an agent).</summary>
        public TeamsParticipant Teams(DemoUser person, string conversationId) => new(host, person, conversationId);

        /// <summary>Every card a participant saw (sent to them, or answered to their click), for the parser.</summary>
        public ConcurrentQueue<(string Name, JsonNode Card)> CardsSeen => host.Part<ConcurrentQueue<(string Name, JsonNode Card)>>();

        /// <summary>Every card seen so far passes the official Adaptive Cards parser at schema 1.5 (what Teams renders).</summary>
        public async Task ValidateCardsAsync()
        {
            Assert.NotEmpty(host.CardsSeen);
            var report = await AdaptiveCardValidator.ValidateAsync(host.CardsSeen.ToList(), "1.5");
            Assert.True(report.Ok, report.Describe());
        }

        public void Remember(string name, JsonNode card) => host.CardsSeen.Enqueue((name, card.DeepClone()));
    }
}
