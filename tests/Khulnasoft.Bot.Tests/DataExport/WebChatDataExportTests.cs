using System.Net;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Tests.FileDelivery;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// Web Chat (and every channel that is not Teams): one message with the zip as an attachment whose signed link the
/// bot serves; the zip, downloaded over HTTP and opened, holds everything the account API has about the user and the
/// accounts they own. Tampered links are refused (403), expired ones are gone (410), and the export is audited.
/// </summary>
public sealed class WebChatDataExportTests(DataExportHost host) : IClassFixture<DataExportHost>
{
    [Theory]
    [InlineData("user_ada", "dl_ada")]
    [InlineData("user_ben", "dl_ben")]
    public async Task TheCopy_IsAZipAttachment_WhoseSignedLinkDownloadsEveryFile(string userId, string webChatUser)
    {
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.SendDataExport(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = webChatUser }, userId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = host.Results.ExportsByConversation[conversation];
        Assert.Equal((DataExportOutcome.Offered, FileDeliveryMode.Attachments), (result.Outcome, result.Mode));
        var message = Assert.Single(host.Channel.ActivitiesTo(conversation));
        Assert.StartsWith("Here is a copy of your data at Khulnasoft", message.Text, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("application/zip", attachment.ContentType);
        Assert.Matches(@"^khulnasoft-data-\d{4}-\d{2}-\d{2}\.zip$", attachment.Name);
        Assert.StartsWith($"{host.CreateClient().BaseAddress}exports/files/", attachment.ContentUrl, StringComparison.Ordinal);

        using var download = await host.Browser.GetAsync(attachment.ContentUrl);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(attachment.Name, download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(download.Headers.CacheControl?.NoStore);
        ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For(userId));
    }

    [Fact]
    public async Task AdasCopy_HoldsHerTwoZonesWithTheirDnsRecords_HerMember_AndTheCardOnlyMasked()
    {
        var zip = await DownloadAsync("user_ada");

        Assert.Equal("ada@example.com", zip.Json("profile.json")["email"]!.GetValue<string>());
        var membership = Assert.Single(zip.Json("memberships.json").AsArray());
        Assert.Equal("acct_ada_labs", membership!["account"]!["id"]!.GetValue<string>());
        Assert.Equal("Ada Labs", zip.Json("accounts/acct_ada_labs/account.json")["name"]!.GetValue<string>());
        Assert.Equal(["ada@example.com", "bob@example.com"], zip.Json("accounts/acct_ada_labs/members.json").AsArray().Select(m => m!["user"]!["email"]!.GetValue<string>()).Order());
        var zones = zip.Json("accounts/acct_ada_labs/zones.json").AsArray();
        Assert.Equal(["ada.dev", "adashop.com"], zones.Select(z => z!["name"]!.GetValue<string>()).Order());
        var adaDev = zones.Single(z => z!["name"]!.GetValue<string>() == "ada.dev")!;
        Assert.Equal(["ada.dev", "www.ada.dev"], adaDev["dns_records"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order());
        Assert.Equal("203.0.113.10", adaDev["dns_records"]![0]!["content"]!.GetValue<string>());
        Assert.Equal(["shop.adashop.com", "www.adashop.com"], zones.Single(z => z!["name"]!.GetValue<string>() == "adashop.com")!["dns_records"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order());
        Assert.Equal(3, zip.Json("accounts/acct_ada_labs/subscriptions.json").AsArray().Count);
        Assert.Equal("ada.dev", Assert.Single(zip.Json("accounts/acct_ada_labs/registrar-domains.json").AsArray())!["name"]!.GetValue<string>());
        var card = zip.Json("accounts/acct_ada_labs/billing.json")["payment_method"]!.AsObject();
        Assert.Equal(["brand", "expiry_month", "expiry_year", "last4", "type"], card.Select(p => p.Key).Order());
        Assert.Equal("4242", card["last4"]!.GetValue<string>());
        Assert.Equal(3, zip.Json("accounts/acct_ada_labs/invoices.json").AsArray().Count);
        Assert.Contains("User: ada@example.com (id user_ada)", zip.Readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mac-flipped")]
    [InlineData("payload-of-another-user")]
    [InlineData("an-invoice-link-token")]
    [InlineData("not-base64")]
    public async Task ATamperedOrForeignLink_IsRefusedWith403(string kind)
    {
        var signer = host.Services.GetRequiredService<DataExportSigner>();
        var ada = signer.CreateLinkToken("user_ada", "exp_test");
        var ben = signer.CreateLinkToken("user_ben", "exp_test");
        var token = kind switch
        {
            "mac-flipped" => SignedTokens.FlipMac(ada),
            "payload-of-another-user" => ben.Split('.')[0] + "." + ada.Split('.')[1],
            "an-invoice-link-token" => host.Services.GetRequiredService<InvoiceSigner>().CreateLinkToken("user_ada", "exp_test"),
            _ => "!!!." + ada.Split('.')[1],
        };

        using var response = await host.Browser.GetAsync(host.Services.GetRequiredService<DataExportLinks>().ForToken(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DataExportMessages.LinkInvalid, await response.Content.ReadAsStringAsync());
        Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnExpiredLink_IsRefusedWith410AndTellsTheUserWhatToDo()
    {
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var token = host.Services.GetRequiredService<DataExportSigner>().CreateLinkToken(new DataExportLink("user_ada", "exp_test", now.AddSeconds(-1)));

        using var response = await host.Browser.GetAsync(host.Services.GetRequiredService<DataExportLinks>().ForToken(token));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This download link has expired; ask the bot for a new copy of your data.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OnAUserWithACase_TheOfferAndTheDownloadAreAuditedWithIdsOnly()
    {
        var store = host.Services.GetRequiredService<DeletionCaseStore>();
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "user_ben", AccountIds = ["acct_ben"] };
        await store.CreateUnlessAsync(deletionCase, DeletionActors.User("user_ben"), new CaseChange("case.requested"), _ => false, CancellationToken.None);
        var conversation = "wc-" + Guid.NewGuid().ToString("N");

        await host.PostActivityAsync(FileActivities.SendDataExport(
            "webchat", host.Channel.ServiceUrl, FileActivities.WebChatConversation(conversation), new() { ["id"] = "dl_ben" }, "user_ben"));
        using var download = await host.Browser.GetAsync(Assert.Single(Assert.Single(host.Channel.ActivitiesTo(conversation)).Attachments!).ContentUrl);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var audit = await store.GetAuditAsync(deletionCase.CaseId, CancellationToken.None);
        var offered = Assert.Single(audit, e => e.Action == DataExportAudit.Offered);
        var downloaded = Assert.Single(audit, e => e.Action == DataExportAudit.Downloaded);
        Assert.Equal("user:user_ben", offered.Actor);
        Assert.Equal(host.Results.ExportsByConversation[conversation].ExportId, offered.Details["exportId"]);
        Assert.Equal(offered.Details["exportId"], downloaded.Details["exportId"]);
        Assert.Equal(["accounts", "bytes", "exportId", "files", "mode"], offered.Details.Keys.Order());
        Assert.Equal(("1", "11", "Attachments"), (offered.Details["accounts"], offered.Details["files"], offered.Details["mode"]));
        Assert.Equal(["accounts", "bytes", "exportId", "files"], downloaded.Details.Keys.Order());
        Assert.All(audit.SelectMany(e => e.Details.Values), v => Assert.DoesNotContain("@", v, StringComparison.Ordinal));
    }

    private async Task<ExportZip> DownloadAsync(string userId)
    {
        var links = host.Services.GetRequiredService<DataExportLinks>();
        using var download = await host.Browser.GetAsync(links.For(userId, "exp_test"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        return ExportZip.Open(await download.Content.ReadAsByteArrayAsync());
    }
}
