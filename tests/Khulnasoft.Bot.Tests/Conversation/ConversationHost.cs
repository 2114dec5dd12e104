using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Testing;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// The real host (Program.cs) on Kestrel with the embedded sandbox (API, dashboard, SMTP server and mailbox), in
/// Development. Transcript tests run the host's own bot (<see cref="IBot"/> with its real services) in a
/// <see cref="TestAdapter"/>; HTTP tests post to <c>/api/messages</c>. Each host has its own sandbox data.
/// </summary>
public sealed partial class ConversationHost : WebApplicationFactory<Program>
{
    public const string Tenant = "9e7b1c2d-4f3a-4c5e-8d6f-0a1b2c3d4e5f";

    /// <summary>Seeded Entra object ids (bot/Khulnasoft.Sandbox/seed.json).</summary>
    public static readonly IReadOnlyDictionary<string, string> EntraIds = new Dictionary<string, string>
    {
        ["ada"] = "a0000000-0000-4000-8000-00000000000a",
        ["ben"] = "b0000000-0000-4000-8000-00000000000b",
        ["sam"] = "50000000-0000-4000-8000-000000000005",
        ["grace"] = "60000000-0000-4000-8000-000000000006",
        ["cora"] = "c0000000-0000-4000-8000-00000000000c",
        ["bob"] = "90000000-0000-4000-8000-000000000009",
    };

    private HttpClient? _http;
    private string? _seedFile;

    public ConversationHost() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Changes to the host's services, applied after Program's (e.g. trusting a local token endpoint).</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A plain client for the dashboard, the mailbox and the messaging endpoint.</summary>
    public HttpClient Http => _http ??= new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public ConversationHost Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        return this;
    }

    /// <summary>A transcript test over the host's bot, as the user of <paramref name="reference"/>.</summary>
    /// <param name="authentication">What the real entry point would have established for the turn (e.g.
    /// <c>AuthenticatedTurns.ChannelToken()</c> for Teams); without it the turn is unauthenticated.</param>
    public TestFlow Flow(ConversationReference reference, out TestAdapter adapter, IMiddleware? authentication = null)
    {
        adapter = new TestAdapter(reference);
        if (authentication is not null)
        {
            adapter.Use(authentication);
        }

        adapter.Use(new AutoSaveStateMiddleware(
            Services.GetRequiredService<ConversationState>(), Services.GetRequiredService<PrivateConversationState>(), Services.GetRequiredService<UserState>()));
        return new TestFlow(adapter, Services.GetRequiredService<IBot>());
    }

    /// <summary>A new script on the same conversation (e.g. after reading a code from the mailbox).</summary>
    public TestFlow Continue(TestAdapter adapter) => new(adapter, Services.GetRequiredService<IBot>());

    /// <summary>
    /// A Teams personal chat with a seeded user (their Entra identity in the seeded tenant), served by the Connector
    /// at <paramref name="serviceUrl"/> (by default an address nothing answers: replies must not leave the process).
    /// </summary>
    public static ConversationReference Teams(string user, string conversationId, string serviceUrl = "https://smba.example.invalid/teams/") => new()
    {
        ChannelId = Runtime.Schema.Channels.Msteams,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = Tenant },
        User = new ChannelAccount { Id = "29:" + user, Name = user, AadObjectId = EntraIds[user] },
        Bot = new ChannelAccount { Id = "28:khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };

    /// <summary>Web Chat through Direct Line with a user id the embedding site bound into the token.</summary>
    public static ConversationReference BoundWebChat(string email, string conversationId) => new()
    {
        ChannelId = Runtime.Schema.Channels.Directline,
        ServiceUrl = "https://directline.example.invalid/",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "dl_" + email, Name = email },
        Bot = new ChannelAccount { Id = "khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };

    /// <summary>Anonymous Web Chat: nothing vouched for, so the bot asks for the email and a code.</summary>
    public static ConversationReference AnonymousWebChat(string conversationId) => new()
    {
        ChannelId = Runtime.Schema.Channels.Directline,
        ServiceUrl = "https://directline.example.invalid/",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "anon-" + conversationId, Name = "Visitor" },
        Bot = new ChannelAccount { Id = "khulnasoft-bot", Name = "Khulnasoft" },
        Locale = "en-US",
    };

    /// <summary>
    /// Runs the host with real Bot Framework authentication against <paramref name="tokens"/>' local issuer and token
    /// endpoint (call before <see cref="Start"/>): unsigned or forged requests get 401, the channel vouches for Teams users.
    /// </summary>
    public ConversationHost WithChannelTokens(ChannelTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var (key, value) in tokens.HostSettings)
        {
            Settings[key] = value;
        }

        ServiceChanges.Add(tokens.ConfigureServices);
        return this;
    }

    /// <summary>
    /// <see cref="WithChannelTokens"/>, with <paramref name="teams"/> as the Teams Connector of the chats the bot starts
    /// (<c>Teams:ServiceUrl</c>) and no Connector retries (call before <see cref="Start"/>).
    /// </summary>
    public ConversationHost WithTeams(ChannelTokens tokens, FakeChannel teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        Settings["Teams:ServiceUrl"] = teams.ServiceUrl;
        Settings["Bot:Connector:MaxRetryAttempts"] = "0";
        return WithChannelTokens(tokens);
    }

    /// <summary>Runs the host on a copy of the sandbox seed changed by <paramref name="edit"/> (call before <see cref="Start"/>).</summary>
    public ConversationHost WithSeed(Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var seed = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bot", "Khulnasoft.Sandbox", "seed.json")))!.AsObject();
        edit(seed);
        _seedFile = Path.Combine(Path.GetTempPath(), $"conversation-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(_seedFile, seed.ToJsonString());
        Settings["Sandbox:SeedFile"] = _seedFile;
        return this;
    }

    /// <summary>Does prerequisites by hand on the sandbox dashboard (a form POST each), in order.</summary>
    public async Task DashboardAsync(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            using var response = await Http.PostAsync("/sandbox/dash/" + path, null);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.SeeOther or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        }
    }

    /// <summary>The newest 6-digit code mailed to <paramref name="email"/> (the sandbox mailbox), or null.</summary>
    public async Task<string?> LatestCodeAsync(string email)
    {
        var latest = (await MailsAsync())
            .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m["received_at"]!.GetValue<DateTimeOffset>())
            .LastOrDefault();
        return latest is null ? null : SixDigits().Match(latest["text_body"]!.GetValue<string>()) is { Success: true } match ? match.Value : null;
    }

    /// <summary>The code of the newest final-confirmation (step-up) mail to <paramref name="email"/>, waiting for it.</summary>
    public Task<string> ConfirmationCodeAsync(string email) => TestSupport.ConfirmationCodes.NewestAsync(Http, email);

    /// <summary>A 6-digit code that is not <paramref name="code"/>.</summary>
    public static string Other(string code) => code == "111111" ? "222222" : "111111";

    /// <summary>How many mails <paramref name="email"/> has received.</summary>
    public async Task<int> MailCountAsync(string email)
    {
        return (await MailsAsync()).Count(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The mails <paramref name="email"/> has received (the sandbox mailbox over HTTP), oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> MailsToAsync(string email) =>
        [.. (await MailsAsync())
            .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m["received_at"]!.GetValue<DateTimeOffset>())];

    private async Task<IEnumerable<JsonObject>> MailsAsync() =>
        (await Http.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json"))!["mails"]!.AsArray().OfType<JsonObject>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Sandbox:Enabled", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var change in ServiceChanges)
            {
                change(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _http?.Dispose();
            if (_seedFile is not null)
            {
                File.Delete(_seedFile);
            }
        }

        base.Dispose(disposing);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
