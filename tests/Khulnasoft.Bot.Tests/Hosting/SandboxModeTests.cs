using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>
/// Issue 16 item 8: the sandbox (demo account API, dashboard, mailbox) and the Web Chat tokens bound to demo users run
/// only in Development, unless <c>Sandbox:AllowOutsideDevelopment=true</c>, and then the start-up log warns loudly.
/// The real host (Program) in Staging, with everything else Staging needs.
/// </summary>
public sealed class SandboxModeTests
{
    [Fact]
    public void Host_InStagingWithSandboxEnabled_RefusesToStart()
    {
        using var host = Staging(new() { ["Sandbox:Enabled"] = "true" }, new FakeLoggerProvider());

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Sandbox:AllowOutsideDevelopment", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_InStagingWithSandboxAllowedOnPurpose_ServesItAndWarnsLoudlyAtStart()
    {
        var logs = new FakeLoggerProvider();
        using var host = Staging(new() { ["Sandbox:Enabled"] = "true", ["Sandbox:AllowOutsideDevelopment"] = "true" }, logs);

        using var client = host.CreateClient();
        using var dashboard = await client.GetAsync(new Uri("/sandbox/dash", UriKind.Relative));
        using var token = await client.PostAsJsonAsync(new Uri("/webchat/token", UriKind.Relative), new { user = "ben@example.com" });

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var warning = Assert.Single(logs.Collector.GetSnapshot(), r => r.Id.Id == 4202);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("THE SANDBOX IS RUNNING OUTSIDE DEVELOPMENT", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Staging", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_InStagingByDefault_ServesNoSandboxAndNoDemoUserTokens()
    {
        using var host = Staging([], new FakeLoggerProvider());

        using var client = host.CreateClient();
        using var dashboard = await client.GetAsync(new Uri("/sandbox/dash", UriKind.Relative));
        using var token = await client.PostAsJsonAsync(new Uri("/webchat/token", UriKind.Relative), new { user = "ben@example.com" });

        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
    }

    /// <summary>Staging with every secret it requires, and real (unused) account API and SMTP addresses.</summary>
    private static BotTestHost Staging(Dictionary<string, string?> settings, FakeLoggerProvider logs) =>
        new BotTestHost().InEnvironment("Staging").WithDeploymentSecrets("staging", receiptKey: true).WithAccountApi().WithSettings(settings)
            .WithServices(s => s.AddLogging(l => l.AddProvider(logs)));
}
