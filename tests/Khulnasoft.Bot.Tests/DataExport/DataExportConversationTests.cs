using System.Net;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.FileDelivery;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// The copy of my data reached from the conversation, over HTTP against the running host with real channel tokens:
/// typed in Web Chat through the bot's own Direct Line (identity first, then the zip, downloaded and opened), the
/// button on the invoices step (the step asks its question again afterwards), and the Teams file consent path (the
/// consent invoke routed to the export's handler, the zip PUT to a local upload server). Every card passes the
/// official parser at 1.5, in the Web Chat and the Teams host.
/// </summary>
public sealed class DataExportConversationTests : TeamsChannelConversation
{
    private const string ZipName = @"^khulnasoft-data-\d{4}-\d{2}-\d{2}\.zip$";

    private UploadServer _uploads = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _uploads = await UploadServer.StartAsync();
        Host.Start();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _uploads.DisposeAsync();
    }

    [Fact]
    public async Task Ben_InWebChat_AsksForACopyOfHisData_ProvesWhoHeIs_AndDownloadsAndOpensTheZip()
    {
        var ben = await DirectLineUser.StartAsync(Host, R, "ben@example.com");
        R.Card(CardActions.DeletionStart)(Assert.Single(await ben.ReadAsync()));

        await ben.SendAsync("Send me a copy of my data");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "identity first, as for every command");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        var offer = ben.Next(R.Text("Here is a copy of your data at Khulnasoft"), "the copy, once he is verified");

        var zip = Assert.Single(offer.Attachments!);
        Assert.Equal("application/zip", zip.ContentType);
        Assert.Matches(ZipName, zip.Name);
        using var download = await Host.Http.GetAsync(zip.ContentUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For("user_ben"));

        await ben.SendAsync("Kopie meiner Daten");
        ben.Next(a => Assert.Matches(ZipName, Assert.Single(a.Attachments!).Name), "German; the verified identity is reused, no second card");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_InWebChat_TheInvoicesStepsButtonSendsTheCopy_ThenTheStepAsksAgain_AndGoesOn()
    {
        var ben = new ChannelUser(Host, Credentials, DemoChats.BoundWebChat("ben@example.com", "dl-ben-export"), R);
        await ToHisInvoicesAsync(ben);

        await ben.ClickAsync(CardActions.DataExportSend);
        var offer = ben.Next(R.Text("Here is a copy of your data at Khulnasoft"), "the button sends the copy");
        ben.Next(R.Card("KS-2025-1207", CardActions.InvoicesSend, CardActions.InvoicesSkip, CardActions.DataExportSend), "the invoices step asks again");
        using (var download = await Host.Http.GetAsync(Assert.Single(offer.Attachments!).ContentUrl))
        {
            ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For("user_ben"));
        }

        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(R.Text("can't be retrieved once your account is deleted"), "the step goes on where it was");
        ben.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ben_InTeams_TheButtonOffersAConsentCard_AllowUploadsTheZip_AndTheFileInfoCardFollows()
    {
        var ben = new ChannelUser(Host, Credentials, DemoChats.Teams("ben", "a:ben-export", Connector.ServiceUrl), R)
        {
            Connector = () => Connector.ActivitiesTo("a:ben-export"),
        };
        await ToHisInvoicesAsync(ben);

        await ben.ClickAsync(CardActions.DataExportSend);
        ben.Next(R.Text("Choose Allow"), "the consent intro");
        var card = ben.Next(a => Assert.Equal(TeamsFileCards.FileConsentContentType, Assert.Single(a.Attachments!).ContentType), "the consent card");
        ben.Next(R.Card(CardActions.InvoicesSkip, CardActions.DataExportSend), "the invoices step asks again");
        var consent = Assert.Single(card.Attachments!);
        Assert.Matches(ZipName, consent.Name);
        var uploadId = Guid.NewGuid().ToString("N");

        var status = await ben.FileConsentAsync(Connector.ActivityIdOf[card], "accept", consent.Content!["acceptContext"],
            FileActivities.UploadInfo(consent.Name!, $"{_uploads.BaseUrl}/upload/{uploadId}"));

        Assert.Equal(HttpStatusCode.OK, status);
        var uploaded = Assert.Single(_uploads.To(uploadId));
        ExportZip.Open(uploaded.Body).AssertComplete(ExpectedExports.For("user_ben"));
        var info = ben.Next(R.Text(DataExportMessages.Uploaded(consent.Name!)), "the file info card");
        Assert.Equal(TeamsFileCards.FileInfoContentType, Assert.Single(info.Attachments!).ContentType);

        var declined = await ben.FileConsentAsync(Connector.ActivityIdOf[card], "decline", consent.Content["declineContext"], null);
        Assert.Equal(HttpStatusCode.OK, declined);
        ben.Next(R.Text(DataExportMessages.ConsentDeclined), "a decline goes to the export too, not to the invoices");
        await R.ValidateCardsAsync();
    }

    private async Task ToHisInvoicesAsync(ChannelUser ben)
    {
        await ben.SendAsync("delete my account");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "vouched for by the channel");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        ben.Next(R.Card("What deleting your account would remove", "Ben Baker"), "blast radius");
        ben.Next(R.Card("1 of 1 required steps done"), "nothing to do");
        ben.Next(R.Text("Everything required is done"), "fast path");
        ben.Next(R.Card("KS-2025-1207", CardActions.InvoicesSend, CardActions.InvoicesSkip, CardActions.DataExportSend), "invoices, with the copy of my data");
    }
}
