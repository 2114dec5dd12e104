using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>
/// The real host (Program) on Kestrel in Development (embedded sandbox as the account API and SMTP), bot state and
/// Hangfire on a real Redis under a key prefix of its own, and the test's fake channel service as the Teams Connector
/// (<c>Teams:ServiceUrl</c> and the serviceUrl of every activity the test posts). Authentication is real
/// (<see cref="ChannelTokens"/>): every POST carries a signed channel token, so agents' turns are vouched for.
/// </summary>
public sealed class HandoffHost : WebApplicationFactory<Program>
{
    private readonly ChannelTokens? _tokens;
    private HttpClient? _client;

    /// <param name="tokens">Real authentication; null runs the host in anonymous local mode, where no turn vouches for an agent.</param>
    public HandoffHost(RedisServer redis, FakeChannel channel, ChannelTokens? tokens, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(channel);
        Channel = channel;
        _tokens = tokens;
        foreach (var (key, value) in tokens?.HostSettings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var prefix = $"test:{Guid.NewGuid():N}:";
        Settings["Storage:RedisConnection"] = redis.ConnectionString;
        Settings["Storage:KeyPrefix"] = prefix;
        Settings["Jobs:RedisPrefix"] = prefix + "hangfire:";
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        Settings["Teams:ServiceUrl"] = channel.ServiceUrl;
        Settings["Support:AcceptTimeout"] = "00:10:00";
        Settings["Support:ExternalHub:AccountId"] = TestAgents.Hub.TeamsId;
        foreach (var (key, value) in settings ?? [])
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Changes to the host's services, applied after Program's (call before <see cref="Start"/>).</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    public FakeChannel Channel { get; }

    public HttpClient Client => _client ??= CreateClient();

    public DeletionCaseStore Cases => Services.GetRequiredService<DeletionCaseStore>();

    /// <summary>Starts the host (and its Hangfire server).</summary>
    public HandoffHost Start()
    {
        StartServer();
        return this;
    }

    /// <summary>Starts a handoff the way the dialog does: <see cref="IHandoffRequests.RequestAsync"/> inside a real turn of the user's conversation.</summary>
    public async Task<HandoffStartOutcome> RequestAsync(ConversationReference user, HandoffRequest request)
    {
        HandoffStartOutcome? outcome = null;
        var adapter = Services.GetRequiredService<BotAdapter>();
        await adapter.ContinueConversationAsync(null, user, async (turn, ct) =>
        {
            await using var scope = Services.CreateAsyncScope();
            outcome = await scope.ServiceProvider.GetRequiredService<IHandoffRequests>().RequestAsync(turn, request, ct);
        }, CancellationToken.None);
        return outcome ?? throw new InvalidOperationException("The turn did not run.");
    }

    /// <summary>Whether the user's conversation is with (or waiting for) a human, asked inside a real turn.</summary>
    public async Task<bool> IsActiveAsync(ConversationReference user)
    {
        var active = false;
        await Services.GetRequiredService<BotAdapter>().ContinueConversationAsync(null, user, async (turn, ct) =>
        {
            await using var scope = Services.CreateAsyncScope();
            active = await scope.ServiceProvider.GetRequiredService<IHandoffRequests>().IsActiveAsync(turn, ct);
        }, CancellationToken.None);
        return active;
    }

    /// <summary>POSTs an activity to /api/messages as the channel would.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        _tokens?.Authorize(request, activity.ServiceUrl!);
        return await Client.SendAsync(request);
    }

    /// <summary>POSTs a message and checks the channel got its 200.</summary>
    public async Task SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>POSTs an <c>adaptiveCard/action</c> invoke; the HTTP status and the body.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> InvokeAsync(Activity invoke)
    {
        using var response = await PostAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject() ?? [];
        return (response.StatusCode, body);
    }

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
            foreach (var change in ServiceChanges)
            {
                change(services);
            }

            if (RoutingStandInBot.IsNeeded)
            {
                services.AddTransient<KhulnasoftActivityHandler>();
                services.AddTransient<IBot, RoutingStandInBot>();
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
        }

        base.Dispose(disposing);
    }
}
