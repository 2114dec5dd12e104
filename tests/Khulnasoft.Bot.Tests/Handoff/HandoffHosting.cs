using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// The handoff tests' host: the real host in Development (embedded sandbox as the account API and SMTP), bot state and
/// Hangfire on a real Redis, the test's fake channel as the Teams Connector, and real authentication when tokens are
/// given (every POST carries a signed channel token, so agents' turns are vouched for; without, anonymous local mode,
/// where no turn vouches for an agent). Handoffs start the way the dialog starts them, inside a real turn.
/// </summary>
internal static class HandoffHosting
{
    extension(BotTestHost)
    {
        public static BotTestHost ForHandoff(RedisServer redis, FakeChannel channel, ChannelTokens? tokens, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
            new BotTestHost().WithRedis(redis).WithTeams(channel, tokens)
                .WithSetting("Support:AcceptTimeout", "00:10:00")
                .WithSetting("Support:ExternalHub:AccountId", DemoUsers.Hub.TeamsId)
                .WithSettings(settings ?? []);
    }

    extension(BotTestHost host)
    {
        public HttpClient Client => host.Http;

        /// <summary>Starts a handoff the way the dialog does: <see cref="IHandoffRequests.RequestAsync"/> inside a real turn of the user's conversation.</summary>
        public async Task<HandoffStartOutcome> RequestAsync(ConversationReference user, HandoffRequest request)
        {
            HandoffStartOutcome? outcome = null;
            await host.Service<BotAdapter>().ContinueConversationAsync(null, user, async (turn, ct) =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                outcome = await scope.ServiceProvider.GetRequiredService<IHandoffRequests>().RequestAsync(turn, request, ct);
            }, CancellationToken.None);
            return outcome ?? throw new InvalidOperationException("The turn did not run.");
        }

        /// <summary>Whether the user's conversation is with (or waiting for) a human, asked inside a real turn.</summary>
        public async Task<bool> IsActiveAsync(ConversationReference user)
        {
            var active = false;
            await host.Service<BotAdapter>().ContinueConversationAsync(null, user, async (turn, ct) =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                active = await scope.ServiceProvider.GetRequiredService<IHandoffRequests>().IsActiveAsync(turn, ct);
            }, CancellationToken.None);
            return active;
        }

        /// <summary>POSTs an activity to /api/messages as the channel would.</summary>
        public Task<HttpResponseMessage> PostAsync(Activity activity) => host.PostActivityAsync(activity);

        /// <summary>POSTs a message and checks the channel got its 200.</summary>
        public async Task SendAsync(Activity activity)
        {
            using var response = await host.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        /// <summary>POSTs an <c>adaptiveCard/action</c> invoke; the HTTP status and the body.</summary>
        public async Task<(HttpStatusCode Status, JsonObject Body)> InvokeAsync(Activity invoke)
        {
            using var response = await host.PostActivityAsync(invoke);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject() ?? [];
            return (response.StatusCode, body);
        }
    }
}
