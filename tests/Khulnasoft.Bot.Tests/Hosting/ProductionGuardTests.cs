using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>This bot deletes accounts: in Production it must never run without an app id (anonymous mode).</summary>
public sealed class ProductionGuardTests
{
    [Fact]
    public void Host_InProductionWithoutMicrosoftAppId_RefusesToStart()
    {
        using var factory = new HostFactory { Environment = "Production" };
        factory.Settings["MicrosoftAppId"] = "";
        factory.Settings["Sandbox:Enabled"] = "false";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Contains(validation.Failures, f => f.Contains("MicrosoftAppId is required in the Production environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_InProductionWithAnAppId_Starts()
    {
        await using var factory = new HostFactory { Environment = "Production" };
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "placeholder-secret";
        factory.Settings["Sandbox:Enabled"] = "false";
        factory.Settings["DirectLine:Secret"] = "production-directline-secret-0123456789";

        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }

    private static Exception Unwrap(Exception ex)
    {
        while (ex is not OptionsValidationException && (ex.InnerException ?? (ex as AggregateException)?.InnerExceptions.FirstOrDefault()) is { } inner)
        {
            ex = inner;
        }

        return ex;
    }
}
