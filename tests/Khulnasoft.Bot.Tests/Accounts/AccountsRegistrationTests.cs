using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.SandboxMode;
using Microsoft.AspNetCore.Builder;
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
}
