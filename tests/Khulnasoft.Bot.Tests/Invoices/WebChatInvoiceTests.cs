using System.Net;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>Web Chat (and every channel that is not Teams): one message, one PDF attachment per invoice, each a signed link the bot serves.</summary>
public sealed class WebChatInvoiceTests(InvoicesHost host) : IClassFixture<InvoicesHost>
{
    private static readonly string[] AdaInvoiceFiles = ["invoice-KS-2026-1101.pdf", "invoice-KS-2026-1001.pdf", "invoice-KS-2026-0901.pdf"];

    [Fact]
    public async Task AdasInvoices_ArriveAsPdfAttachmentsWhoseSignedLinksDownloadTheRealPdfs()
    {
        var conversation = "wc-" + Guid.NewGuid().ToString("N");
        using var client = host.CreateClient();

        var response = await host.PostActivityAsync(FileActivities.SendInvoices(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ada" }, "user_ada", "acct_ada_labs"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new InvoiceDeliveryResult(3, InvoiceDeliveryMode.Attachments), host.Results.ByConversation[conversation]);
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.Contains("KS-2026-0901 · 1 Sep 2026 · 30.00 USD · paid", message.Text, StringComparison.Ordinal);
        Assert.Equal(AdaInvoiceFiles, message.Attachments!.Select(a => a.Name));
        foreach (var attachment in message.Attachments!)
        {
            Assert.Equal("application/pdf", attachment.ContentType);
            Assert.Null(attachment.Content);
            Assert.StartsWith($"{client.BaseAddress}invoices/files/", attachment.ContentUrl, StringComparison.Ordinal);

            using var download = await host.Browser.GetAsync(attachment.ContentUrl);
            var bytes = await download.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(attachment.Name, download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.True(download.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task AccountsWithoutInvoices_SayThereIsNothingToDownload()
    {
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        await host.PostActivityAsync(FileActivities.SendInvoices(
            "directline", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_cora" }, "user_cora", "acct_contract_co"));

        Assert.Equal(new InvoiceDeliveryResult(0, InvoiceDeliveryMode.None), host.Results.ByConversation[conversation]);
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.Equal(InvoiceMessages.NoInvoices, message.Text);
        Assert.Null(message.Attachments);
    }

    [Fact]
    public async Task AnAccountThatIsNotTheUsers_SendsNoInvoice()
    {
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        await host.PostActivityAsync(FileActivities.SendInvoices(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ben" }, "user_ben", "acct_ada_labs"));

        Assert.False(host.Results.ByConversation.ContainsKey(conversation));
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.StartsWith("Sorry, something went wrong", message.Text, StringComparison.Ordinal);
        Assert.Null(message.Attachments);
    }

    [Theory]
    [InlineData("mac-flipped")]
    [InlineData("payload-of-another-invoice")]
    [InlineData("expired-and-flipped")]
    [InlineData("no-dot")]
    [InlineData("two-dots")]
    [InlineData("not-base64")]
    public async Task ATamperedOrMalformedLink_IsRefusedWith403(string kind)
    {
        var signer = host.Services.GetRequiredService<InvoiceSigner>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ada = signer.CreateLinkToken("acct_ada_labs", "inv_ada_2026_09");
        var ben = signer.CreateLinkToken("acct_ben", "inv_ben_2025_12");
        var expired = signer.CreateLinkToken(new InvoiceLink("acct_ada_labs", "inv_ada_2026_09", now.AddMinutes(-5)));
        var token = kind switch
        {
            "mac-flipped" => SignedTokens.FlipMac(ada),
            "payload-of-another-invoice" => ben.Split('.')[0] + "." + ada.Split('.')[1],
            "expired-and-flipped" => SignedTokens.FlipMac(expired),
            "no-dot" => ada.Replace(".", "", StringComparison.Ordinal),
            "two-dots" => ada + ".x",
            _ => "!!!." + ada.Split('.')[1],
        };

        using var response = await host.Browser.GetAsync(host.Services.GetRequiredService<InvoiceLinks>().ForToken(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(InvoiceMessages.LinkInvalid, await response.Content.ReadAsStringAsync());
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnExpiredLink_IsRefusedWith410AndTellsTheUserWhatToDo()
    {
        var signer = host.Services.GetRequiredService<InvoiceSigner>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var token = signer.CreateLinkToken(new InvoiceLink("acct_ada_labs", "inv_ada_2026_09", now.AddSeconds(-1)));

        using var response = await host.Browser.GetAsync(host.Services.GetRequiredService<InvoiceLinks>().ForToken(token));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This invoice link has expired; ask the bot to send your invoices again.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignedLinkToAnInvoiceThatNoLongerExists_Is404()
    {
        var links = host.Services.GetRequiredService<InvoiceLinks>();

        using var response = await host.Browser.GetAsync(links.For("acct_ada_labs", "inv_does_not_exist"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(InvoiceMessages.InvoiceGone, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Host_InDevelopmentWithoutASigningKey_UsesTheDocumentedDevelopmentKey() =>
        Assert.Equal(FileDeliveryOptions.DevelopmentSigningKey, host.Services.GetRequiredService<IOptions<FileDeliveryOptions>>().Value.SigningKey);
}
