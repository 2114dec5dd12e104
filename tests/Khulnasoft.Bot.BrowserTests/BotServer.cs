namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The real bot host (<see cref="BotTestHost"/>: Program.cs, Development settings, sandbox on) listening on Kestrel on a
/// free loopback port, so a real browser can reach it over HTTP and WebSocket. State lives in memory (no Redis), so a
/// new server on the same port is a bot restarted without Redis: the same origin (and sessionStorage) for the page,
/// nothing remembered. A class fixture (one public constructor), started when built.
/// </summary>
public sealed class BotServer : IDisposable, IAsyncDisposable
{
    private readonly BotTestHost _host;

    public BotServer()
        : this(FreePort.Next())
    {
    }

    private BotServer(int port, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    {
        Port = port;
        _host = BotTestHost.OnPort(port).InEnvironment(environment).WithSettings(settings ?? new Dictionary<string, string?>());
        _host.Start();
    }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Port { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>A server in <paramref name="environment"/> with these settings on top of Program's.</summary>
    public static BotServer In(string environment, IReadOnlyDictionary<string, string?> settings) => new(FreePort.Next(), environment, settings);

    /// <summary>A server on <paramref name="port"/> (free it first): a restart of an earlier one.</summary>
    public static BotServer OnPort(int port) => new(port);

    public void Dispose() => _host.Dispose();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
