using Khulnasoft.Bot.Runtime.Auth;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Khulnasoft.Bot.Runtime.Tests.Auth;

/// <summary>The app-type rules of protocol doc §3.4, and the Production guard.</summary>
public sealed class BotAuthenticationOptionsValidatorTests
{
    public static TheoryData<string, string?, string?, string?, string?, string?> Invalid() => new()
    {
        { "Development", "MultiTenant", "app", null, null, "MicrosoftAppPassword is required" },
        { "Development", "SingleTenant", "app", "secret", null, "MicrosoftAppTenantId is required" },
        { "Development", "SingleTenant", "app", null, "tenant", "MicrosoftAppPassword is required" },
        { "Development", "UserAssignedMSI", "app", "secret", "tenant", "MicrosoftAppPassword must be empty" },
        { "Development", "UserAssignedMSI", "app", null, null, "MicrosoftAppTenantId is required" },
        { "Development", "Multitenant-ish", "app", "secret", null, "is not one of" },
        { "Production", null, null, null, null, "MicrosoftAppId is required in the Production environment" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidOptions_EnsureErrors(string environment, string? appType, string? appId, string? password, string? tenant, string? expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = appType, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        var result = new BotAuthenticationOptionsValidator(new Environment(environment)).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Development", null, null, null, null)]
    [InlineData("Production", "MultiTenant", "app", "secret", null)]
    [InlineData("Production", null, "app", "secret", null)]
    [InlineData("Production", "SingleTenant", "app", "secret", "tenant")]
    [InlineData("Production", "UserAssignedMSI", "msi-client-id", null, "tenant")]
    public void Validate_ValidOptions_Succeeds(string environment, string? appType, string? appId, string? password, string? tenant)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = appType, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        var result = new BotAuthenticationOptionsValidator(new Environment(environment)).Validate(null, options);

        Assert.True(result.Succeeded, string.Join("; ", result.Failures ?? []));
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "72f9-db47", null, "https://login.microsoftonline.com/72f9-db47")]
    [InlineData("SingleTenant", "72f9-db47", "https://login.example/custom/", "https://login.example/custom")]
    public void LoginUrl_FollowsTheAppType(string appType, string? tenant, string? overrideUrl, string expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = tenant, ToChannelFromBotLoginUrl = overrideUrl };

        Assert.Equal(expected, options.LoginUrl);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
