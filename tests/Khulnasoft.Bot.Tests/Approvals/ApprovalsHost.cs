using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Cards.Scope;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// The real host (Program) on Kestrel in Development (embedded sandbox): cases, approval requests and Hangfire on a
/// real Redis (own key prefix), the fake channel service as <c>Teams:ServiceUrl</c>. With <see cref="ChannelTokens"/>
/// the host authenticates for real (app id, channel tokens from a local issuer on every POST, the bot's own token from
/// a local token endpoint), so Teams clicks are vouched for; without, it runs in anonymous local mode, where Teams
/// turns vouch for nobody (Web Chat through the host's own Direct Line server still does).
/// </summary>
public sealed class ApprovalsHost : WebApplicationFactory<Program>
{
    public const string Tenant = "9e7b1c2d-4f3a-4c5e-8d6f-0a1b2c3d4e5f";
    public const string GraceAad = "60000000-0000-4000-8000-000000000006";
    public const string SamAad = "50000000-0000-4000-8000-000000000005";
    public const string BobAad = "90000000-0000-4000-8000-000000000009";
    public const string SamConversation = "a:sam-personal";

    private readonly FakeChannel _channel;
    private readonly ChannelTokens? _tokens;

    public ApprovalsHost(string redisConnection, FakeChannel channel, ChannelTokens? tokens = null)
    {
        _channel = channel;
        _tokens = tokens;
        foreach (var (key, value) in tokens?.HostSettings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        var prefix = $"test:{Guid.NewGuid():N}:";
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Settings["Storage:RedisConnection"] = redisConnection;
        Settings["Storage:KeyPrefix"] = prefix;
        Settings["Jobs:RedisPrefix"] = prefix + "hangfire:";
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        Settings["Teams:ServiceUrl"] = channel.ServiceUrl;
        Settings["Bot:Connector:MaxRetryAttempts"] = "0";
    }

    public Dictionary<string, string?> Settings { get; } = [];

    public DeletionScheduler Scheduler => Services.GetRequiredService<DeletionScheduler>();

    public DeletionCaseStore Cases => Services.GetRequiredService<DeletionCaseStore>();

    public ApprovalStore Approvals => Services.GetRequiredService<ApprovalStore>();

    /// <summary>Sam's personal Teams chat with the bot (where he asked, and where he is told the decision).</summary>
    public ConversationReference SamReference => new()
    {
        ChannelId = Khulnasoft.Bot.Runtime.Schema.Channels.Msteams,
        ServiceUrl = _channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = SamConversation, TenantId = Tenant, ConversationType = "personal" },
        User = new ChannelAccount(FakeChannel.TeamsIdOf(SamAad), "Sam Singh", RoleTypes.User, SamAad),
        Bot = new ChannelAccount(_tokens is null ? "28:local-bot" : ChannelTokens.BotTeamsId, "Khulnasoft", RoleTypes.Bot),
    };

    /// <summary>Uses a copy of the sandbox seed changed by <paramref name="edit"/> (e.g. a second super administrator).</summary>
    public ApprovalsHost WithSeed(Action<JsonObject> edit)
    {
        var seed = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bot", "Khulnasoft.Sandbox", "seed.json")))!.AsObject();
        edit(seed);
        var path = Path.Combine(Path.GetTempPath(), $"approvals-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        Settings["Sandbox:SeedFile"] = path;
        return this;
    }

    public ApprovalsHost Start()
    {
        StartServer();
        return this;
    }

    /// <summary>Opens sam's case awaiting approval, as the deletion dialog does, and asks the approvers inside a real turn of sam's chat.</summary>
    public async Task<(DeletionCase Case, ApprovalRequestOutcome Outcome)> SamAsksAsync()
    {
        var deletionCase = await Scheduler.RequestAsync(
            new DeletionRequest("user_sam", [], SamReference, "sam@ssocorp.example", DeletionActors.User("user_sam"), RequiresApproval: true), CancellationToken.None);
        Assert.Equal(DeletionCaseState.AwaitingApproval, deletionCase.State);

        var request = new ApprovalRequest(
            deletionCase.CaseId,
            new VerifiedIdentity("user_sam", "sam@ssocorp.example", "Sam Singh", IdentitySource.TeamsEntra),
            "acct_ssocorp",
            "SSO Corp",
            new DeletionScope("sam@ssocorp.example", [], [], []));
        ApprovalRequestOutcome? outcome = null;
        await Services.GetRequiredService<BotAdapter>().ContinueConversationAsync(
            null,
            SamReference,
            async (turn, ct) => outcome = await Services.GetRequiredService<IApprovalRequests>().RequestAsync(turn, request, ct),
            CancellationToken.None);
        return (deletionCase, outcome ?? throw new InvalidOperationException("The turn did not run."));
    }

    /// <summary>POSTs an activity to the messaging endpoint; the HTTP status and the JSON body (null when empty).</summary>
    public async Task<(HttpStatusCode Status, JsonObject? Body)> PostAsync(JsonObject activity)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        _tokens?.Authorize(request, activity["serviceUrl"]!.GetValue<string>());
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    public async Task<IReadOnlyList<string>> AuditActionsAsync(string caseId) =>
        [.. (await Cases.GetAuditAsync(caseId, CancellationToken.None)).Select(e => e.Action)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            _tokens?.ConfigureServices(services);
            if (!CardActionRoutingBot.RealHandlerRoutesCardActions)
            {
                services.RemoveAll<IBot>();
                services.AddTransient<IBot, CardActionRoutingBot>();
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Settings.TryGetValue("Sandbox:SeedFile", out var seed) && seed is not null && File.Exists(seed))
        {
            File.Delete(seed);
        }
    }
}
