using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Sandbox;

public sealed class SandboxRegistrationTests
{
    [Fact]
    public void AddSandbox_EnabledInProduction_Refuses()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" });

        Assert.Throws<InvalidOperationException>(() => builder.AddSandbox());
    }

    [Fact]
    public async Task Sandbox_DisabledOutsideDevelopment_ServesNothing()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddSandbox();
        await using var app = builder.Build();
        app.MapSandbox();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await http.GetAsync(new Uri("/sandbox/mailbox", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync();
    }

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
        builder.AddSandbox();
        using var app = builder.Build();

        Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<KhulnasoftApiOptions>>().Value);
    }
}
