using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Khulnasoft.Sandbox.Tests;

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
    public void AddSandbox_EnabledInStagingWithoutAllowOutsideDevelopment_Refuses()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" });

        var e = Assert.Throws<InvalidOperationException>(() => builder.AddSandbox());

        Assert.Contains("Sandbox:AllowOutsideDevelopment=true", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null, null, true)]
    [InlineData("Development", "false", null, false)]
    [InlineData("Staging", null, null, false)]
    [InlineData("Staging", null, "true", false)]
    [InlineData("Staging", "true", "true", true)]
    [InlineData("Production", null, "true", false)]
    public void SandboxMode_IsOnOnlyInDevelopmentOrWhenAllowedOutsideIt(string environment, string? enabled, string? allow, bool expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = enabled,
            ["Sandbox:AllowOutsideDevelopment"] = allow,
        });

        Assert.Equal(expected, builder.IsSandboxEnabled());
    }

    [Fact]
    public void SandboxMode_EnabledInProductionEvenWhenAllowed_Refuses()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:AllowOutsideDevelopment"] = "true",
        });

        Assert.Throws<InvalidOperationException>(() => builder.IsSandboxEnabled());
    }
}
