using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.TestHost;

/// <summary>
/// The one test host: the real host (Program.cs, nothing of the product replaced unless a test says so) on Kestrel on
/// a loopback port, configured per test with the <c>With…</c> methods before <see cref="Start"/>. By default it runs in
/// Development with Program's own settings: state in memory, the embedded sandbox as the account API and SMTP server,
/// anonymous local mode (no app id). <see cref="WithRedis"/> puts state, cases and Hangfire on a real Redis under a key
/// prefix of its own; <see cref="WithChannelTokens"/> switches on real Bot Framework authentication and signs what the
/// test posts; <see cref="WithTeams"/> makes a <see cref="FakeChannel"/> the Teams Connector.
/// </summary>
public sealed partial class BotTestHost : WebApplicationFactory<Program>
{
    private readonly int _port;
    private readonly List<string> _seedFiles = [];
    private readonly Dictionary<Type, object> _parts = [];
    private HttpClient? _http;
    private FakeChannel? _channel;
    private X509Certificate2? _certificate;

    /// <summary>A host on a free loopback port.</summary>
    public BotTestHost()
        : this(0)
    {
    }

    private BotTestHost(int port)
    {
        _port = port;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            if (_certificate is not null)
            {
                listen.UseHttps(_certificate);
            }
        }));
    }

    /// <summary>A host on a fixed loopback port (e.g. to restart a host on the same origin, as the browser sees it).</summary>
    public static BotTestHost OnPort(int port) => new(port);

    /// <summary>The host's warnings and errors, for the message of a test that waited in vain.</summary>
    public HostProblems Problems { get; } = new();

    /// <summary>The host's environment (Development unless a test says otherwise).</summary>
    public string Environment { get; set; } = "Development";

    /// <summary>Settings on top of Program's (appsettings and environment); a null value removes one.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Changes to the host's services, applied after Program's (call before <see cref="Start"/>).</summary>
    public List<Action<IServiceCollection>> ServiceChanges { get; } = [];

    /// <summary>The test's Teams Connector (<see cref="WithTeams"/>).</summary>
    public FakeChannel Channel => _channel ?? throw new InvalidOperationException("This host has no Teams channel: call WithTeams before Start.");

    /// <summary>The real authentication the host runs with (<see cref="WithChannelTokens"/>), or null (anonymous local mode).</summary>
    public ChannelTokens? Tokens { get; private set; }

    /// <summary>The address the host listens on (after <see cref="Start"/>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A plain client (no token) for the messaging endpoint, the pages and the sandbox.</summary>
    public HttpClient Http => _http ??= CreateClient();

    /// <summary>Starts the host (and its Hangfire server); then <see cref="BaseAddress"/> is known.</summary>
    public BotTestHost Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        return this;
    }

    /// <summary>A service of the running host.</summary>
    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs in <paramref name="environment"/> (e.g. Staging, Production) instead of Development.</summary>
    public BotTestHost InEnvironment(string environment)
    {
        Environment = environment;
        return this;
    }

    public BotTestHost WithSetting(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }

    public BotTestHost WithSettings(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }

        return this;
    }

    public BotTestHost WithServices(Action<IServiceCollection> change)
    {
        ServiceChanges.Add(change);
        return this;
    }

    /// <summary>Switches the embedded sandbox on or off explicitly (Program's default otherwise: on in Development).</summary>
    public BotTestHost WithSandbox(bool enabled = true) => WithSetting("Sandbox:Enabled", enabled ? "true" : "false");

    /// <summary>
    /// Bot state, cases and Hangfire on <paramref name="redisConnection"/> under <paramref name="prefix"/> (by default a new
    /// one, so hosts do not see each other; two hosts with the same prefix are two instances of one service). Hangfire
    /// polls its schedule every second.
    /// </summary>
    public BotTestHost WithRedis(string redisConnection, string? prefix = null)
    {
        prefix ??= NewPrefix();
        Settings["Storage:RedisConnection"] = redisConnection;
        Settings["Storage:KeyPrefix"] = prefix;
        Settings["Jobs:RedisPrefix"] = prefix + "hangfire:";
        Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        return this;
    }

    /// <summary><see cref="WithRedis(string, string?)"/> on a test's <see cref="RedisServer"/>.</summary>
    public BotTestHost WithRedis(RedisServer redis, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return WithRedis(redis.ConnectionString, prefix);
    }

    /// <summary>
    /// Real Bot Framework authentication against <paramref name="tokens"/>' local issuer and token endpoint: unsigned
    /// or forged requests get 401, the channel vouches for Teams users, and <see cref="PostActivityAsync(JsonObject, bool)"/> signs.
    /// </summary>
    public BotTestHost WithChannelTokens(ChannelTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens;
        ServiceChanges.Add(tokens.ConfigureServices);
        return WithSettings(tokens.HostSettings);
    }

    /// <summary>
    /// <paramref name="channel"/> as the Teams Connector of the chats the bot starts (<c>Teams:ServiceUrl</c>), with real
    /// authentication when <paramref name="tokens"/> is given.
    /// </summary>
    public BotTestHost WithTeams(FakeChannel channel, ChannelTokens? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channel = channel;
        Settings["Teams:ServiceUrl"] = channel.ServiceUrl;
        return tokens is null ? this : WithChannelTokens(tokens);
    }

    /// <summary>Serves over https with <paramref name="certificate"/> instead of http (e.g. for Secure cookies outside Development).</summary>
    public BotTestHost OverHttps(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        _certificate = certificate;
        return this;
    }

    /// <summary>No Connector retries: a failed send fails at once.</summary>
    public BotTestHost WithoutConnectorRetries() => WithSetting("Bot:Connector:MaxRetryAttempts", "0");

    /// <summary>
    /// No sandbox: the account API at <paramref name="apiBaseUrl"/> (by default an address nothing answers) and an SMTP
    /// server on 127.0.0.1:25, as a real deployment configures them.
    /// </summary>
    public BotTestHost WithAccountApi(string apiBaseUrl = "http://127.0.0.1:9/client/v4", string serviceToken = "unused")
    {
        Settings["Khulnasoft:ApiBaseUrl"] = apiBaseUrl;
        Settings["Khulnasoft:ServiceToken"] = serviceToken;
        Settings["Sandbox:Enabled"] = "false";
        Settings["Mail:Smtp:Host"] = "127.0.0.1";
        Settings["Mail:Smtp:Port"] = "25";
        return this;
    }

    /// <summary>
    /// The secrets a host outside Development requires (Direct Line secret, one-time code and email hash keys, invoice
    /// link signing key), fixed per <paramref name="name"/> so two hosts with the same name share them, and with
    /// <paramref name="receiptKey"/> a new erasure-receipt signing key.
    /// </summary>
    public BotTestHost WithDeploymentSecrets(string name = "tests", bool receiptKey = false)
    {
        Settings["DirectLine:Secret"] = name + "-directline-secret-0123456789";
        Settings["OneTimeCodes:HashKey"] = Key32(name + "-one-time-code-hash-key");
        Settings["Deletion:EmailHashKey"] = Key32(name + "-email-hash-key");
        Settings["Invoices:SigningKey"] = name + "-invoice-signing-key-0123456789";
        if (receiptKey)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            Settings["Receipts:SigningKey"] = key.ExportPkcs8PrivateKeyPem();
        }

        return this;
    }

    /// <summary>Runs on a copy of the sandbox seed changed by <paramref name="edit"/> (e.g. a second super administrator).</summary>
    public BotTestHost WithSeed(Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var seed = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bot", "Khulnasoft.Sandbox", "seed.json")))!.AsObject();
        edit(seed);
        var path = Path.Combine(Path.GetTempPath(), $"bot-test-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        _seedFiles.Add(path);
        Settings["Sandbox:SeedFile"] = path;
        return this;
    }

    /// <summary>Keeps a test collaborator with the host (e.g. a recording email sender), found again by <see cref="Part{T}"/>.</summary>
    public BotTestHost WithPart<T>(T part)
        where T : class
    {
        _parts[typeof(T)] = part;
        return this;
    }

    /// <summary>The collaborator kept by <see cref="WithPart{T}"/>.</summary>
    public T Part<T>()
        where T : class => (T)_parts[typeof(T)];

    /// <summary>POSTs an activity to <c>/api/messages</c> as the channel would (with a channel token when <see cref="Tokens"/> is set and <paramref name="sign"/>).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, bool sign = true)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await PostActivityAsync(activity.ToJsonString(), activity["serviceUrl"]?.GetValue<string>(), sign);
    }

    /// <summary>POSTs an activity to <c>/api/messages</c> as the channel would (see <see cref="PostActivityAsync(JsonObject, bool)"/>).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(Activity activity, bool sign = true)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await PostActivityAsync(JsonSerializer.Serialize(activity, BotJson.Options), activity.ServiceUrl, sign);
    }

    /// <summary>A key prefix no other host uses.</summary>
    public static string NewPrefix() => $"test:{Guid.NewGuid():N}:";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (_port != 0)
        {
            builder.UseSetting("urls", $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{_port}");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Problems));
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
            _http = null;
            foreach (var seed in _seedFiles.Where(File.Exists))
            {
                File.Delete(seed);
            }
        }

        base.Dispose(disposing);
    }

    private static string Key32(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<HttpResponseMessage> PostActivityAsync(string json, string? serviceUrl, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (sign && Tokens is not null && serviceUrl is not null)
        {
            Tokens.Authorize(request, serviceUrl);
        }

        return await Http.SendAsync(request);
    }
}
