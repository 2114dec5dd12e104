using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// Teams: a personal chat gets a FileConsentCard for the zip and, on accept, the zip is built and PUT to the upload
/// URL (the fake OneDrive upload server of the invoice tests) and a file info card follows; a group chat gets the
/// signed link only.
/// </summary>
public sealed class TeamsDataExportTests(DataExportHost host) : IClassFixture<DataExportHost>
{
    [Fact]
    public async Task PersonalChat_OffersOneConsentCardWhoseContextCarriesIdsOnly()
    {
        var chat = await OfferAdasCopyAsync();

        var result = host.Results.ExportsByConversation[chat.ConversationId];
        Assert.Equal((DataExportOutcome.Offered, FileDeliveryMode.FileConsent), (result.Outcome, result.Mode));
        Assert.StartsWith("Here is a copy of your data at Khulnasoft", chat.Intro.Text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", chat.Card.ContentType);
        Assert.Matches(@"^khulnasoft-data-\d{4}-\d{2}-\d{2}\.zip$", chat.Card.Name);
        Assert.Equal("A copy of your Khulnasoft data (13 files)", chat.Card.Content!["description"]!.GetValue<string>());
        Assert.True(chat.Card.Content["sizeInBytes"]!.GetValue<long>() > 1000);
        var accept = chat.Card.Content["acceptContext"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(accept, chat.Card.Content["declineContext"]));
        Assert.Equal(["dataExport", "proof", "userId"], accept.Select(p => p.Key).Order());
        Assert.Equal((result.ExportId, "user_ada"), (accept["dataExport"]!.GetValue<string>(), accept["userId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Accept_PutsTheZipWithTheContentRangeTeamsRequires_ThenSendsAFileInfoCard()
    {
        var chat = await OfferAdasCopyAsync();
        var uploadId = Guid.NewGuid().ToString("N");
        var uploadInfo = FileActivities.UploadInfo(chat.Card.Name!, $"{host.Uploads.BaseUrl}/upload/{uploadId}");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityId, "accept", chat.Card.Content!["acceptContext"], uploadInfo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(host.Uploads.To(uploadId));
        Assert.Equal(upload.Body.Length, upload.ContentLength);
        Assert.Equal($"bytes 0-{upload.Body.Length - 1}/{upload.Body.Length}", upload.ContentRange);
        Assert.Empty(upload.Authorization);
        ExportZip.Open(upload.Body).AssertComplete(ExpectedExports.For("user_ada"));
        var done = host.Channel.ActivitiesTo(chat.ConversationId)[^1];
        Assert.Equal(DataExportMessages.Uploaded(chat.Card.Name!), done.Text);
        var info = Assert.Single(done.Attachments!);
        Assert.Equal(TeamsFileCards.FileInfoContentType, info.ContentType);
        Assert.Equal(uploadInfo["contentUrl"]!.GetValue<string>(), info.ContentUrl);
    }

    [Fact]
    public async Task Decline_AnswersWithAShortNoteAndUploadsNothing()
    {
        var chat = await OfferAdasCopyAsync();
        var before = host.Uploads.Uploads.Count;

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, chat.Conversation, chat.User, chat.CardActivityId, "decline", chat.Card.Content!["declineContext"], null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DataExportMessages.ConsentDeclined, host.Channel.ActivitiesTo(chat.ConversationId)[^1].Text);
        Assert.Equal(before, host.Uploads.Uploads.Count);
    }

    [Fact]
    public async Task AnOfferAcceptedInSomeoneElsesChat_IsRefusedAndNothingIsUploaded()
    {
        var chat = await OfferAdasCopyAsync();
        var bensChat = TeamsChat.Personal("ben");
        var uploadId = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(FileActivities.FileConsent(
            host.Channel.ServiceUrl, bensChat.Conversation, bensChat.User, chat.CardActivityId, "accept", chat.Card.Content!["acceptContext"],
            FileActivities.UploadInfo(chat.Card.Name!, $"{host.Uploads.BaseUrl}/upload/{uploadId}")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Uploads.To(uploadId));
        Assert.Equal([DataExportMessages.ConsentRefused], host.Channel.TextsTo(bensChat.ConversationId));
    }

    [Fact]
    public async Task GroupChat_GetsTheSignedLinkOnly_WhichDownloadsTheZip()
    {
        var chat = TeamsChat.Group();

        await host.PostActivityAsync(FileActivities.SendDataExport("msteams", host.Channel.ServiceUrl, chat.Conversation, chat.User, "user_ada"));

        Assert.Equal(FileDeliveryMode.Links, host.Results.ExportsByConversation[chat.ConversationId].Mode);
        var message = Assert.Single(host.Channel.ActivitiesTo(chat.ConversationId));
        Assert.Null(message.Attachments);
        Assert.StartsWith(DataExportMessages.GroupNote, message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Labs", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.dev", message.Text, StringComparison.Ordinal);
        var url = Assert.Single(System.Text.RegularExpressions.Regex.Matches(message.Text!, @"\]\((http://[^)]+)\)")).Groups[1].Value;
        using var download = await host.Browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For("user_ada"));
    }

    /// <summary>Asks for Ada's copy in a fresh Teams personal chat and returns what arrived there.</summary>
    private async Task<OfferedChat> OfferAdasCopyAsync()
    {
        var chat = TeamsChat.Personal("ada");
        var response = await host.PostActivityAsync(FileActivities.SendDataExport("msteams", host.Channel.ServiceUrl, chat.Conversation, chat.User, "user_ada"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var activities = host.Channel.ActivitiesTo(chat.ConversationId);
        Assert.Equal(2, activities.Count);
        return new OfferedChat(chat.ConversationId, chat.Conversation, chat.User, activities[0], Assert.Single(activities[1].Attachments!), host.Channel.ActivityIdOf[activities[1]]);
    }

    private sealed record OfferedChat(string ConversationId, JsonObject Conversation, JsonObject User, Activity Intro, Attachment Card, string CardActivityId);
}
