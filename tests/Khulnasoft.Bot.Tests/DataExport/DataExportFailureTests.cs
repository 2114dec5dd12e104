using System.Net;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Tests.FileDelivery;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// The account API failing part-way through an export (after real answers for everything read before): the chat
/// says so and offers nothing, and a download link answers an error with no zip, so no incomplete copy is ever
/// presented as complete.
/// </summary>
public sealed class DataExportFailureTests(FaultyApiHost host) : IClassFixture<FaultyApiHost>
{
    private const string PdfOfTheSecondInvoice = "accounts/acct_ada_labs/billing/invoices/inv_ada_2026_10/pdf";
    private const string DnsRecordsOfTheSecondZone = "zones/zone_adashop_com/dns_records";

    [Theory]
    [InlineData(PdfOfTheSecondInvoice, 500)]
    [InlineData(PdfOfTheSecondInvoice, 404)]
    [InlineData(DnsRecordsOfTheSecondZone, 503)]
    public async Task AFailurePartWay_IsToldInTheChat_AndNothingIsOffered(string failingPath, int status)
    {
        FailOnly(failingPath, status);
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.SendDataExport(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ada" }, "user_ada"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Api.Faulted, p => p.StartsWith(failingPath, StringComparison.Ordinal));
        Assert.Equal(new DataExportResult(DataExportOutcome.ApiFailed), host.Results.ExportsByConversation[conversation]);
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.Equal(DataExportMessages.ApiFailed, message.Text);
        Assert.Null(message.Attachments);
    }

    [Theory]
    [InlineData(PdfOfTheSecondInvoice, 500, HttpStatusCode.ServiceUnavailable, "The copy of your data couldn't be completed: the account API failed part-way, and no incomplete file was sent. Please try the link again in a minute.")]
    [InlineData(PdfOfTheSecondInvoice, 404, HttpStatusCode.BadGateway, "The copy of your data couldn't be completed: the account API refused part of it, and no incomplete file was sent. Ask the bot for a new copy of your data.")]
    [InlineData(DnsRecordsOfTheSecondZone, 500, HttpStatusCode.ServiceUnavailable, "The copy of your data couldn't be completed: the account API failed part-way, and no incomplete file was sent. Please try the link again in a minute.")]
    public async Task ALinkOpenedWhileTheApiFailsPartWay_AnswersAClearErrorAndNoZip(string failingPath, int status, HttpStatusCode expected, string text)
    {
        var url = host.Services.GetRequiredService<DataExportLinks>().For("user_ada", "exp_test");
        FailOnly(failingPath, status);

        using var response = await host.Browser.GetAsync(url);

        Assert.Contains(host.Api.Faulted, p => p.StartsWith(failingPath, StringComparison.Ordinal));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
        Assert.Equal(expected == HttpStatusCode.ServiceUnavailable ? "60" : null, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheSameLink_OnceTheApiAnswersAgain_DownloadsTheWholeCopy()
    {
        var url = host.Services.GetRequiredService<DataExportLinks>().For("user_ada", "exp_test");
        FailOnly(PdfOfTheSecondInvoice, 500);
        using var failed = await host.Browser.GetAsync(url);
        host.Api.Fault = _ => null;

        using var download = await host.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For("user_ada"));
    }

    private void FailOnly(string path, int status)
    {
        host.Api.Faulted.Clear();
        host.Api.Fault = p => p.StartsWith(path, StringComparison.Ordinal) ? status : null;
    }
}
