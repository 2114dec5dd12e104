using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.SandboxMode;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Sandbox;

/// <summary>A real Kestrel host on a free loopback port with the sandbox, the account client and mail, as Program.cs composes them.</summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    private SandboxHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>A plain HTTP client for the dashboard and the mailbox (no auth header).</summary>
    public HttpClient Http { get; }

    public KhulnasoftApiClient Client => App.Services.GetRequiredService<KhulnasoftApiClient>();

    public static async Task<SandboxHost> StartAsync(int pageSize = 1, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var config = new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "true",
            ["Khulnasoft:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Khulnasoft:Resilience:RetryBaseDelay"] = "00:00:00.050",
            ["Khulnasoft:Resilience:MaxRetryAttempts"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddAccounts();
        builder.AddSandboxMode();
        builder.AddMail();
        var app = builder.Build();
        app.MapSandboxMode();
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        return new SandboxHost(app, address);
    }

    /// <summary>Submits a dashboard form (POST, no body) and returns the redirect target.</summary>
    public Task<string> PostFormAsync(string path) => SandboxDashboard.PostFormAsync(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
