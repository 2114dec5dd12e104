using Khulnasoft.Bot.Tests.FileDelivery;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// The file delivery host whose account API is a <see cref="FaultyApiProxy"/> in front of a sandbox of its own, with
/// one quick retry and a circuit breaker that never opens, so an injected fault surfaces as it would in production.
/// </summary>
public sealed class FaultyApiHost : FileDeliveryFixture
{
    private SandboxApp? _sandbox;

    public FaultyApiProxy Api { get; private set; } = null!;

    protected override async Task BeforeStartAsync()
    {
        _sandbox = await SandboxApp.StartAsync();
        Api = await FaultyApiProxy.StartAsync();
        Api.Upstream = _sandbox.ApiBase;
        Settings["Khulnasoft:ApiBaseUrl"] = Api.BaseUrl;
        Settings["Khulnasoft:ServiceToken"] = SandboxApp.ServiceToken;
        Settings["Khulnasoft:Resilience:MaxRetryAttempts"] = "1";
        Settings["Khulnasoft:Resilience:RetryBaseDelay"] = "00:00:00.010";
        Settings["Khulnasoft:Resilience:MaxRetryDelay"] = "00:00:00.050";
        Settings["Khulnasoft:Resilience:CircuitBreakerMinimumThroughput"] = "10000";
    }

    protected override async Task AfterStopAsync()
    {
        await Api.DisposeAsync();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
