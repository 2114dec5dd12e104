using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The real bot host (Program.cs, Development settings, sandbox on) listening on Kestrel on a free loopback port,
/// so a real browser can reach it over HTTP and WebSocket.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly int _port = FreePort.Next();

    public BotServer()
    {
        UseKestrel(_port);
        StartServer();
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl);
    }
}
