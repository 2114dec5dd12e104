using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>
/// Teams: a personal chat gets one FileConsentCard per invoice and, on accept, the PDF is PUT to the upload URL and a
/// file info card follows; a group chat gets signed links only.
/// </summary>
public sealed class TeamsInvoiceTests(InvoicesHost host) : IClassFixture<InvoicesHost>
{
    private static readonly string[] AdaInvoiceIds = ["inv_ada_2026_11", "inv_ada_2026_10", "inv_ada_2026_09"];

    [Fact]
    public async Task PersonalChat_OffersOneConsentCardPerInvoiceWhoseContextCarriesIdsOnly()
    {
        var chat = await OfferAdasInvoicesAsync();

        Assert.Equal(new InvoiceDeliveryResult(3, InvoiceDeliveryMode.FileConsent), host.Results.ByConversation[chat.ConversationId]);
        var intro = chat.Activities[0];
        Assert.Contains("KS-2026-1001 · 1 Oct 2026 · 30.00 USD · paid", intro.Text, StringComparison.Ordinal);
        Assert.Equal(AdaInvoiceIds, chat.Cards.Select(c => c.Content!["acceptContext"]!["invoiceId"]!.GetValue<string>()));
        foreach (var card in chat.Cards)
        {
            Assert.Equal("application/vnd.microsoft.teams.card.file.consent", card.ContentType);
            Assert.Matches("^invoice-KS-2026-[0-9]{4}\\.pdf$", card.Name);
            Assert.StartsWith("Khulnasoft invoice KS-2026-", card.Content!["description"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(card.Content["sizeInBytes"]!.GetValue<long>() > 1000);

            var accept = card.Content["acceptContext"]!.AsObject();
            Assert.True(JsonNode.DeepEquals(accept, card.Content["declineContext"]));
            Assert.Equal(["accountId", "invoiceId", "proof", "userId"], accept.Select(p => p.Key).Order());
            Assert.Equal("user_ada", accept["userId"]!.GetValue<string>());
            Assert.Equal("acct_ada_labs", accept["accountId"]!.GetValue<string>());
            Assert.Matches("^[A-Za-z0-9_-]{43}$", accept["proof"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Accept_PutsThePdfWithTheContentRangeTeamsRequires_ThenSendsAFileInfoCard()
    {
        var chat = await OfferAdasInvoicesAsync();
        var card = chat.Cards[2];
        var uploadId = Guid.NewGuid().ToString("N");
        var uploadInfo = FileActivities.UploadInfo(card.Name!, $"{host.Uploads.BaseUrl}/upload/{uploadId}");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[2], "accept", card.Content!["acceptContext"], uploadInfo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(host.Uploads.To(uploadId));
        var size = card.Content["sizeInBytes"]!.GetValue<long>();
        Assert.Equal(size, upload.Body.Length);
        Assert.Equal(size, upload.ContentLength);
        Assert.Equal($"bytes 0-{size - 1}/{size}", upload.ContentRange);
        Assert.Equal("%PDF"u8.ToArray(), upload.Body[..4]);
        Assert.Empty(upload.Authorization);

        var done = host.Channel.ActivitiesTo(chat.ConversationId)[^1];
        Assert.Equal(InvoiceMessages.Uploaded("invoice-KS-2026-0901.pdf"), done.Text);
        var info = Assert.Single(done.Attachments!);
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", info.ContentType);
        Assert.Equal(uploadInfo["contentUrl"]!.GetValue<string>(), info.ContentUrl);
        Assert.Equal("invoice-KS-2026-0901.pdf", info.Name);
        Assert.Equal(uploadInfo["uniqueId"]!.GetValue<string>(), info.Content!["uniqueId"]!.GetValue<string>());
        Assert.Equal("pdf", info.Content["fileType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decline_AnswersWithAShortNoteAndUploadsNothing()
    {
        var chat = await OfferAdasInvoicesAsync();
        var before = host.Uploads.Uploads.Count;

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[0], "decline", chat.Cards[0].Content!["declineContext"], null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InvoiceMessages.ConsentDeclined, host.Channel.ActivitiesTo(chat.ConversationId)[^1].Text);
        Assert.Equal(before, host.Uploads.Uploads.Count);
    }

    [Fact]
    public async Task AFailedUpload_Answers200AndTellsTheUser()
    {
        var chat = await OfferAdasInvoicesAsync();
        var card = chat.Cards[1];
        var uploadId = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[1], "accept", card.Content!["acceptContext"],
            FileActivities.UploadInfo(card.Name!, $"{host.Uploads.BaseUrl}/broken/{uploadId}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Uploads.To(uploadId));
        var sent = host.Channel.ActivitiesTo(chat.ConversationId);
        Assert.Equal(InvoiceMessages.UploadFailed(card.Name!), sent[^1].Text);
        Assert.DoesNotContain(sent, a => a.Attachments?.Any(x => x.ContentType == TeamsFileCards.FileInfoContentType) == true);
    }

    [Fact]
    public async Task AnOfferAcceptedInSomeoneElsesChat_IsRefusedAndNothingIsUploaded()
    {
        var chat = await OfferAdasInvoicesAsync();
        var bensChat = TeamsChat.Personal("ben");
        var uploadId = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, bensChat.Conversation, bensChat.User, chat.CardActivityIds[0], "accept", chat.Cards[0].Content!["acceptContext"],
            FileActivities.UploadInfo(chat.Cards[0].Name!, $"{host.Uploads.BaseUrl}/upload/{uploadId}")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Uploads.To(uploadId));
        Assert.Equal([InvoiceMessages.ConsentRefused], host.Channel.TextsTo(bensChat.ConversationId));
    }

    [Theory]
    [InlineData("acct_ben", "inv_ben_2025_12", "user_ada")]
    [InlineData("acct_ben", "inv_ben_2025_12", "user_ben")]
    [InlineData("acct_ada_labs", "inv_ada_2026_10", "user_ada")]
    public async Task AContextNamingAnotherInvoiceOrUser_IsRefused(string accountId, string invoiceId, string userId)
    {
        var chat = await OfferAdasInvoicesAsync();
        var forged = chat.Cards[2].Content!["acceptContext"]!.DeepClone().AsObject(); // the proof is for inv_ada_2026_09
        forged["accountId"] = accountId;
        forged["invoiceId"] = invoiceId;
        forged["userId"] = userId;
        var uploadId = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[2], "accept", forged,
            FileActivities.UploadInfo("invoice.pdf", $"{host.Uploads.BaseUrl}/upload/{uploadId}")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Uploads.To(uploadId));
        Assert.Equal(InvoiceMessages.ConsentRefused, host.Channel.ActivitiesTo(chat.ConversationId)[^1].Text);
    }

    [Fact]
    public async Task AnUploadUrlThatIsNeitherHttpsNorLoopback_IsNotUsed()
    {
        var chat = await OfferAdasInvoicesAsync();
        var card = chat.Cards[0];
        var uploadId = Guid.NewGuid().ToString("N");
        var plainHttp = new UriBuilder(host.Uploads.BaseUrl) { Host = "0.0.0.0", Path = "/upload/" + uploadId }.Uri.AbsoluteUri;

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[0], "accept", card.Content!["acceptContext"],
            FileActivities.UploadInfo(card.Name!, plainHttp)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Uploads.To(uploadId));
        Assert.Equal(InvoiceMessages.UploadFailed(card.Name!), host.Channel.ActivitiesTo(chat.ConversationId)[^1].Text);
    }

    [Theory]
    [InlineData("postpone")]
    [InlineData("no-context")]
    [InlineData("no-upload-info")]
    public async Task AnUnknownActionAContextThatIsNotOursOrAnAcceptWithoutUploadInfo_IsABadRequest(string kind)
    {
        var chat = await OfferAdasInvoicesAsync();
        var context = kind == "no-context" ? new JsonObject { ["fileId"] = "42" } : chat.Cards[0].Content!["acceptContext"];

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityIds[0], kind == "postpone" ? "postpone" : "accept", context, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task GroupChat_GetsSignedLinksOnlyAndNoAccountDetails()
    {
        var chat = TeamsChat.Group();

        var response = await host.PostActivityAsync(FileActivities.SendInvoices(
            "msteams", host.Channel.ServiceUrl, chat.Conversation, chat.User, "user_ada", "acct_ada_labs"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new InvoiceDeliveryResult(3, InvoiceDeliveryMode.Links), host.Results.ByConversation[chat.ConversationId]);
        var message = Assert.Single(host.Channel.ActivitiesTo(chat.ConversationId));
        Assert.Null(message.Attachments);
        Assert.StartsWith(InvoiceMessages.GroupNote, message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("USD", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Labs", message.Text, StringComparison.Ordinal);
        var urls = System.Text.RegularExpressions.Regex.Matches(message.Text!, @"\]\((http://[^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, urls.Count);
        foreach (var url in urls)
        {
            using var download = await host.Browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("%PDF"u8.ToArray(), (await download.Content.ReadAsByteArrayAsync())[..4]);
        }
    }

    /// <summary>Sends Ada's invoices into a fresh Teams personal chat and returns what arrived there.</summary>
    private async Task<OfferedChat> OfferAdasInvoicesAsync()
    {
        var chat = TeamsChat.Personal("ada");
        var response = await host.PostActivityAsync(FileActivities.SendInvoices(
            "msteams", host.Channel.ServiceUrl, chat.Conversation, chat.User, "user_ada", "acct_ada_labs"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var activities = host.Channel.ActivitiesTo(chat.ConversationId);
        Assert.Equal(4, activities.Count);
        var cards = activities.Skip(1).Select(a => Assert.Single(a.Attachments!)).ToList();
        var ids = activities.Skip(1).Select(a => host.Channel.ActivityIdOf[a]).ToList();
        return new OfferedChat(chat.ConversationId, chat.Conversation, chat.User, activities, cards, ids);
    }

    private sealed record OfferedChat(
        string ConversationId, JsonObject Conversation, JsonObject User, IReadOnlyList<Activity> Activities, IReadOnlyList<Attachment> Cards, IReadOnlyList<string> CardActivityIds);
}
