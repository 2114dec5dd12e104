using System.Net.Http.Headers;
using Khulnasoft.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.TestSupport;

/// <summary>
/// The sandbox on its own (no bot), on Kestrel on a free loopback port in Development: the account API, the
/// dashboard, the mailbox, the SMTP server and the DNS server (ports chosen free), each test with fresh demo data.
/// </summary>
public sealed class SandboxApp : IAsyncDisposable
{
    public const string ServiceToken = "sandbox-token";

    private readonly WebApplication app;

    private SandboxApp(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
        Api = new HttpClient { BaseAddress = ApiBase };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceToken);
    }

    public Uri BaseAddress { get; }

    /// <summary>The account API's base URL (ends with a slash).</summary>
    public Uri ApiBase => new(BaseAddress, SandboxPaths.Api + "/");

    /// <summary>A plain client for the dashboard and the mailbox.</summary>
    public HttpClient Http { get; }

    /// <summary>A client for the account API with the service token.</summary>
    public HttpClient Api { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The DNS server's loopback port (UDP and TCP).</summary>
    public int DnsPort => app.Services.GetRequiredService<SandboxServers>().DnsPort;

    public static async Task<SandboxApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSandbox();
        var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        return new SandboxApp(app, new Uri(app.Urls.First()));
    }

    /// <summary>Presses a dashboard button (a form POST) and returns where it sends the browser back to.</summary>
    public Task<string> PostFormAsync(string path) => SandboxDashboard.PostFormAsync(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Api.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
