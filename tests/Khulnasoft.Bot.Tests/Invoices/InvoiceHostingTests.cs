using System.Net;
using System.Security.Cryptography;
using Khulnasoft.Bot.Tests.Hosting;
using Khulnasoft.TestSupport;
using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>How the host composes invoice delivery: the signing key at start-up, and the public base of the links.</summary>
public sealed class InvoiceHostingTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public void Host_InProductionWithoutASigningKey_RefusesToStart()
    {
        using var factory = ProductionHost();

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Invoices:SigningKey is required outside Development", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_InProductionWithASigningKey_ServesTheDownloadEndpoint()
    {
        await using var factory = ProductionHost();
        factory.Settings["Invoices:SigningKey"] = "production-invoice-key-0123456789abcdef";

        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/invoices/files/not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PublicBaseUrl_PrefixesEveryLink_AndTheTokenWorksOnTheHost()
    {
        var host = new InvoicesHost();
        host.Settings["Invoices:PublicBaseUrl"] = "https://bot.khulnasoft.example/chat";
        var lifetime = (IAsyncLifetime)host;
        await lifetime.InitializeAsync();
        try
        {
            var conversation = "wc-" + Guid.NewGuid().ToString("N");

            await host.PostActivityAsync(FileActivities.SendInvoices(
                "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ben" }, "user_ben", "acct_ben"));

            var attachment = Assert.Single(Assert.Single(host.Channel.ActivitiesTo(conversation)).Attachments!);
            Assert.StartsWith("https://bot.khulnasoft.example/chat/invoices/files/", attachment.ContentUrl, StringComparison.Ordinal);
            using var client = host.CreateClient();
            using var download = await client.GetAsync(attachment.ContentUrl!["https://bot.khulnasoft.example/chat".Length..]);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("invoice-KS-2025-1207.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    /// <summary>Everything Production needs (like ProductionGuardTests) except the invoice signing key.</summary>
    private BotTestHost ProductionHost()
    {
        using var receiptKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var factory = new BotTestHost { Environment = "Production" };
        factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
        factory.Settings["MicrosoftAppPassword"] = "placeholder-secret";
        factory.Settings["Sandbox:Enabled"] = "false";
        factory.Settings["DirectLine:Secret"] = "production-directline-secret-0123456789";
        factory.Settings["Storage:RedisConnection"] = redis.ConnectionString;
        factory.Settings["Jobs:RedisPrefix"] = $"test:{Guid.NewGuid():N}:hangfire:";
        factory.Settings["Receipts:SigningKey"] = receiptKey.ExportPkcs8PrivateKeyPem();
        factory.Settings["Khulnasoft:ApiBaseUrl"] = "https://api.khulnasoft.example/client/v4";
        factory.Settings["Khulnasoft:ServiceToken"] = "placeholder-token";
        factory.Settings["Mail:Smtp:Host"] = "smtp.example.com";
        factory.Settings["OneTimeCodes:HashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        factory.Settings["Deletion:EmailHashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return factory;
    }
}
