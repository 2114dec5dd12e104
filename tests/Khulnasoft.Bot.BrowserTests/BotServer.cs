using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The real bot host (Program.cs, Development settings, sandbox on) listening on Kestrel on a free loopback port,
/// so a real browser can reach it over HTTP and WebSocket. State lives in memory (no Redis), so a new server on the
/// same port is a bot restarted without Redis: the same origin (and sessionStorage) for the page, nothing remembered.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly int _port;
    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public BotServer()
        : this(FreePort.Next())
    {
    }

    private BotServer(int port, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        _port = port;
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(_port);
        StartServer();
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public int Port => _port;

    /// <summary>A server in <paramref name="environment"/> with these settings on top of Program's (a fixture has one public constructor).</summary>
    public static BotServer In(string environment, IReadOnlyDictionary<string, string?> settings) => new(FreePort.Next(), environment, settings);

    /// <summary>A server on <paramref name="port"/> (free it first): a restart of an earlier one.</summary>
    public static BotServer OnPort(int port) => new(port);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("urls", BaseUrl);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
