using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>
/// The real host (Program.cs, the real bot and its deletion dialog, nothing replaced) on Kestrel in Development with
/// the embedded sandbox (account API, dashboard, SMTP and mailbox), state, cases and Hangfire on a real Redis under a
/// key prefix of its own, and real Bot Framework authentication (<see cref="ChannelTokens"/>): an app id, channel
/// tokens checked against a local OpenID issuer, the bot's own token from a local token endpoint. The test's fake
/// Teams Connector (<see cref="FakeChannel"/>) is <c>Teams:ServiceUrl</c> and the serviceUrl of every activity.
/// </summary>
public sealed class RoutesHost : WebApplicationFactory<Program>
{
    private readonly ChannelTokens _tokens;
    private HttpClient? _http;

    public RoutesHost(RedisServer redis, FakeChannel channel, ChannelTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(tokens);
        Channel = channel;
        _tokens = tokens;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var prefix = $"test:{Guid.NewGuid():N}:";
        Settings["Sandbox:Enabled"] = "true";
        Settings["Storage:RedisConnection"] = redis.ConnectionString;
        Settings["Storage:KeyPrefix"] = prefix;
        Settings["Jobs:RedisPrefix"] = prefix + "hangfire:";
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        Settings["Teams:ServiceUrl"] = channel.ServiceUrl;
        Settings["Bot:Connector:MaxRetryAttempts"] = "0";
        foreach (var (key, value) in tokens.HostSettings)
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; } = [];

    public FakeChannel Channel { get; }

    public ChannelTokens Tokens => _tokens;

    /// <summary>A plain client (no token) for the messaging endpoint and the sandbox.</summary>
    public HttpClient Http => _http ??= CreateClient();

    public DeletionScheduler Scheduler => Services.GetRequiredService<DeletionScheduler>();

    public DeletionCaseStore Cases => Services.GetRequiredService<DeletionCaseStore>();

    public ApprovalStore Approvals => Services.GetRequiredService<ApprovalStore>();

    /// <summary>Uses a copy of the sandbox seed changed by <paramref name="edit"/> (e.g. a second super administrator).</summary>
    public RoutesHost WithSeed(Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var seed = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bot", "Khulnasoft.Sandbox", "seed.json")))!.AsObject();
        edit(seed);
        var path = Path.Combine(Path.GetTempPath(), $"routes-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        Settings["Sandbox:SeedFile"] = path;
        return this;
    }

    public RoutesHost Start()
    {
        StartServer();
        return this;
    }

    /// <summary>A Teams user in their personal chat with the bot (a new conversation id).</summary>
    public TeamsParticipant Teams(TeamsPerson person) => new(this, person, "a:" + person.Key + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>A Teams user in an existing chat (e.g. the one the bot created with an approver or an agent).</summary>
    public TeamsParticipant Teams(TeamsPerson person, string conversationId) => new(this, person, conversationId);

    /// <summary>Every card a participant saw (sent to them, or answered to their click), for the parser.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Name, JsonNode Card)> CardsSeen { get; } = new();

    /// <summary>Every card seen so far passes the official Adaptive Cards parser at schema 1.5 (what Teams renders).</summary>
    public async Task ValidateCardsAsync()
    {
        Assert.NotEmpty(CardsSeen);
        var report = await AdaptiveCardValidator.ValidateAsync(CardsSeen.ToList(), "1.5");
        Assert.True(report.Ok, report.Describe());
    }

    internal void Remember(string name, JsonNode card) => CardsSeen.Enqueue((name, card.DeepClone()));

    /// <summary>The audit actions of a case, in order.</summary>
    public async Task<IReadOnlyList<string>> AuditActionsAsync(string caseId) =>
        [.. (await Cases.GetAuditAsync(caseId, CancellationToken.None)).Select(e => e.Action)];

    internal async Task<HttpResponseMessage> PostAsync(JsonObject activity, bool signed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (signed)
        {
            _tokens.Authorize(request, activity["serviceUrl"]!.GetValue<string>());
        }

        return await Http.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(_tokens.ConfigureServices);
    }

    public override async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        await base.DisposeAsync();
        if (Settings.TryGetValue("Sandbox:SeedFile", out var seed) && seed is not null && File.Exists(seed))
        {
            File.Delete(seed);
        }
    }
}
