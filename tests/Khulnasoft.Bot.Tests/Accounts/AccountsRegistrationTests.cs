using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.SandboxMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Accounts;

/// <summary>Start-up validation of the account API client's settings (moved from the sandbox's registration tests).</summary>
public sealed class AccountsRegistrationTests
{
    [Fact]
    public void AddAccounts_InvalidBaseUrl_FailsValidation()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Khulnasoft:ApiBaseUrl"] = "ftp://api.example",
            ["Khulnasoft:ServiceToken"] = "t",
        });
        builder.AddAccounts();
        using var app = builder.Build();

        var e = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains("ApiBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAccounts_NoSandboxAndNoSettings_FailsValidation()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.AddAccounts();
        builder.AddSandboxMode();
        using var app = builder.Build();

        Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value);
    }

    [Fact]
    public async Task ApiBaseUrlAsAPath_IsResolvedOnceTheHostListens_AndEveryClientUsesIt()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Khulnasoft:ApiBaseUrl"] = "/sandbox/api",
            ["Khulnasoft:ServiceToken"] = "t",
        });
        builder.AddAccounts();
        await using var app = builder.Build();
        var clients = app.Services.GetRequiredService<IHttpClientFactory>();

        // Before the host listens there is nothing to resolve against, and that failure is not kept.
        var early = Assert.Throws<InvalidOperationException>(() => clients.CreateClient(KhulnasoftApiClient.HttpClientName));
        Assert.Contains("Khulnasoft:ApiBaseUrl", early.Message, StringComparison.Ordinal);

        await app.StartAsync();
        try
        {
            var port = new Uri(app.Urls.Single()).Port;

            // One API client for the host; every HttpClient it takes gets the one resolved address (it used to be
            // parsed again for each of them).
            using var scope = app.Services.CreateScope();
            Assert.Same(app.Services.GetRequiredService<KhulnasoftApiClient>(), scope.ServiceProvider.GetRequiredService<KhulnasoftApiClient>());
            using var first = clients.CreateClient(KhulnasoftApiClient.HttpClientName);
            using var second = clients.CreateClient(KhulnasoftApiClient.HttpClientName);
            Assert.Equal(new Uri($"http://127.0.0.1:{port}/sandbox/api/"), first.BaseAddress);
            Assert.Same(first.BaseAddress, second.BaseAddress);
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
