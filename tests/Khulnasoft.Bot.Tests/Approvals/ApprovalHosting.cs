using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards.Scope;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// The approval tests' host: the real host in Development (embedded sandbox), cases, approval requests and Hangfire on
/// a real Redis, the fake channel as <c>Teams:ServiceUrl</c> (no Connector retries). With <see cref="ChannelTokens"/>
/// the host authenticates for real, so Teams clicks are vouched for; without, it runs in anonymous local mode, where
/// Teams turns vouch for nobody (Web Chat through the host's own Direct Line server still does).
/// </summary>
internal static class ApprovalHosting
{
    /// <summary>Sam's personal Teams chat with the bot (where he asked, and where he is told the decision).</summary>
    public const string SamConversation = "a:sam-personal";

    extension(BotTestHost)
    {
        public static BotTestHost ForApprovals(RedisServer redis, FakeChannel channel, ChannelTokens? tokens = null) =>
            new BotTestHost().WithRedis(redis).WithTeams(channel, tokens).WithoutConnectorRetries();
    }

    extension(BotTestHost host)
    {
        public ConversationReference SamReference => new()
        {
            ChannelId = Runtime.Schema.Channels.Msteams,
            ServiceUrl = host.Channel.ServiceUrl,
            Conversation = new ConversationAccount { Id = SamConversation, TenantId = DemoUsers.Tenant, ConversationType = "personal" },
            User = new ChannelAccount(DemoUsers.Sam.TeamsId, DemoUsers.Sam.Name, RoleTypes.User, DemoUsers.Sam.AadObjectId),
            Bot = new ChannelAccount(host.Tokens is null ? "28:local-bot" : ChannelTokens.BotTeamsId, "Khulnasoft", RoleTypes.Bot),
        };

        /// <summary>Opens sam's case awaiting approval, as the deletion dialog does, and asks the approvers inside a real turn of sam's chat.</summary>
        public async Task<(DeletionCase Case, ApprovalRequestOutcome Outcome)> SamAsksAsync()
        {
            var deletionCase = await host.Scheduler.RequestAsync(
                new DeletionRequest("user_sam", [], host.SamReference, "sam@ssocorp.example", DeletionActors.User("user_sam"), RequiresApproval: true), CancellationToken.None);
            Assert.Equal(DeletionCaseState.AwaitingApproval, deletionCase.State);

            var request = new ApprovalRequest(
                deletionCase.CaseId,
                new VerifiedIdentity("user_sam", "sam@ssocorp.example", "Sam Singh", IdentitySource.TeamsEntra),
                "acct_ssocorp",
                "SSO Corp",
                new DeletionScope("sam@ssocorp.example", [], [], []));
            ApprovalRequestOutcome? outcome = null;
            await host.Service<BotAdapter>().ContinueConversationAsync(
                null,
                host.SamReference,
                async (turn, ct) => outcome = await host.Service<IApprovalRequests>().RequestAsync(turn, request, ct),
                CancellationToken.None);
            return (deletionCase, outcome ?? throw new InvalidOperationException("The turn did not run."));
        }

        /// <summary>POSTs an activity to the messaging endpoint; the HTTP status and the JSON body (null when empty).</summary>
        public async Task<(HttpStatusCode Status, JsonObject? Body)> PostAsync(JsonObject activity)
        {
            using var response = await host.PostActivityAsync(activity);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
        }
    }
}
