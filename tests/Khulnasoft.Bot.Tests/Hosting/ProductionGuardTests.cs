using System.Security.Cryptography;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>This bot deletes accounts: in Production it must never run without an app id (anonymous mode).</summary>
public sealed class ProductionGuardTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public void Host_InProductionWithoutMicrosoftAppId_RefusesToStart()
    {
        using var factory = new BotTestHost { Environment = "Production" };
        factory.Settings["MicrosoftAppId"] = "";
        factory.Settings["Sandbox:Enabled"] = "false";
        factory.Settings["OneTimeCodes:HashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        factory.Settings["Deletion:EmailHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        factory.Settings["Invoices:SigningKey"] = "production-invoice-link-key-0123456789abcdef"; // so the app id is the first failure

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Contains(validation.Failures, f => f.Contains("MicrosoftAppId is required in the Production environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_InProductionWithAnAppId_Starts()
    {
        await using var factory = new BotTestHost { Environment = "Production" };
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "placeholder-secret";
        factory.Settings["Sandbox:Enabled"] = "false";
        factory.Settings["DirectLine:Secret"] = "production-directline-secret-0123456789";
        factory.Settings["OneTimeCodes:HashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        factory.Settings["Deletion:EmailHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        // Production also needs durable job storage (Redis), a receipt signing key, the account API, SMTP and an invoice signing key.
        using var receiptKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        factory.Settings["Storage:RedisConnection"] = redis.ConnectionString;
        factory.Settings["Jobs:RedisPrefix"] = $"test:{Guid.NewGuid():N}:hangfire:";
        factory.Settings["Receipts:SigningKey"] = receiptKey.ExportPkcs8PrivateKeyPem();
        factory.Settings["Khulnasoft:ApiBaseUrl"] = "https://api.khulnasoft.example/client/v4";
        factory.Settings["Khulnasoft:ServiceToken"] = "placeholder-token";
        factory.Settings["Mail:Smtp:Host"] = "smtp.example.com";
        factory.Settings["Invoices:SigningKey"] = "production-invoice-link-key-0123456789abcdef";

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
