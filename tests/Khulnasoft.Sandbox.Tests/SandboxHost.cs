using Khulnasoft.Bot.Accounts;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// The sandbox on its own (<see cref="SandboxApp"/>) and, apart from it, the bot's account API client configured with
/// the sandbox's absolute URL, exactly as it would be with the real API's.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    private readonly IHost clientHost;

    private SandboxHost(SandboxApp sandbox, IHost clientHost)
    {
        Sandbox = sandbox;
        this.clientHost = clientHost;
    }

    public SandboxApp Sandbox { get; }

    public Uri BaseAddress => Sandbox.BaseAddress;

    /// <summary>A plain HTTP client for the dashboard and the mailbox (no auth header).</summary>
    public HttpClient Http => Sandbox.Http;

    public KhulnasoftApiClient Client => clientHost.Services.GetRequiredService<KhulnasoftApiClient>();

    /// <param name="clientServices">Changes to the client's services (e.g. a handler that records the raw answers).</param>
    public static async Task<SandboxHost> StartAsync(int pageSize = 1, Action<IServiceCollection>? clientServices = null)
    {
        var sandbox = await SandboxApp.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Khulnasoft:ApiBaseUrl"] = sandbox.ApiBase.ToString(),
            ["Khulnasoft:ServiceToken"] = SandboxApp.ServiceToken,
            ["Khulnasoft:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Khulnasoft:Resilience:MaxRetryAttempts"] = "1",
            ["Khulnasoft:Resilience:RetryBaseDelay"] = "00:00:00.050",
        });
        builder.AddAccounts();
        clientServices?.Invoke(builder.Services);
        return new SandboxHost(sandbox, builder.Build());
    }

    public Task<string> PostFormAsync(string path) => Sandbox.PostFormAsync(path);

    public async ValueTask DisposeAsync()
    {
        clientHost.Dispose();
        await Sandbox.DisposeAsync();
    }
}
