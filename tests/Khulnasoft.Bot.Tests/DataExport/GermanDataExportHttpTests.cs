using System.Net;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.FileDelivery;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// The copy of one's data in German, over HTTP against the running host with real channel tokens: the offer is
/// German, its link carries the language (<c>?lang=de</c>) so the link's error pages answer in German, and a link
/// without it follows the browser's <c>Accept-Language</c> (invoice links too).
/// </summary>
public sealed class GermanDataExportHttpTests : TeamsChannelConversation
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Start();
    }

    [Fact]
    public async Task Ben_InGerman_GetsAGermanOffer_AndTheLinksErrorPagesAreGerman()
    {
        var reference = DemoChats.BoundWebChat("ben@example.com", "dl-ben-export-de");
        reference.Locale = "de-DE";
        var ben = new ChannelUser(Host, Credentials, reference, R);

        await ben.SendAsync("Kopie meiner Daten");
        ben.Next(R.Card("ben@example.com", CardActions.IdentityConfirm), "identity first");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        var offer = ben.Next(R.Text("Hier ist eine Kopie Ihrer Daten bei Khulnasoft: Ihr Profil, Ihre Mitgliedschaften und alles zu dem Konto, das Ihnen gehört"), "the German offer");
        Assert.Contains("Der Download-Link funktioniert", offer.Text, StringComparison.Ordinal);

        var url = Assert.Single(offer.Attachments!).ContentUrl!;
        Assert.EndsWith("?lang=de", url, StringComparison.Ordinal);
        using (var download = await Host.Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            ExportZip.Open(await download.Content.ReadAsByteArrayAsync()).AssertComplete(ExpectedExports.For("user_ben"));
        }

        var token = Uri.UnescapeDataString(new Uri(url).Segments[^1]);
        var tampered = url.Replace(Uri.EscapeDataString(token), Uri.EscapeDataString(SignedTokens.FlipMac(token)), StringComparison.Ordinal);
        using (var refused = await Host.Http.GetAsync(tampered))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("Dieser Download-Link ist ungültig. Bitten Sie den Bot um eine neue Kopie Ihrer Daten.", await refused.Content.ReadAsStringAsync());
        }

        // A link without the language (made in English) follows the browser's language.
        var english = Host.Services.GetRequiredService<DataExportLinks>().ForToken(SignedTokens.FlipMac(token));
        Assert.Equal(string.Empty, english.Query);
        Assert.Equal("Dieser Download-Link ist ungültig. Bitten Sie den Bot um eine neue Kopie Ihrer Daten.", await GetInGermanAsync(english));
        Assert.Equal("Dieser Rechnungslink ist ungültig. Bitten Sie den Bot, Ihre Rechnungen erneut zu senden.",
            await GetInGermanAsync(Host.Services.GetRequiredService<InvoiceLinks>().ForToken(SignedTokens.FlipMac(token))));
        await R.ValidateCardsAsync();
    }

    private async Task<string> GetInGermanAsync(Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("de-DE,de;q=0.9,en;q=0.5");
        using var response = await Host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
