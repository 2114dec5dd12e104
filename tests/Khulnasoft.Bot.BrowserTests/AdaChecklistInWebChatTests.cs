using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// Issue 20 item 3, as a person sees it: ada's checklist in the real Web Chat in Chromium (no emoji font). The status
/// of every item is a word ("Done", "To do", "Optional"), every character of the card is one the page's fonts have
/// (no empty boxes), and none of the domain names the bot writes (adashop.com, ada.dev) became a link to the bare
/// domain. The screenshot of the card is the one in docs/images/webchat.png.
/// </summary>
public sealed class AdaChecklistInWebChatTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    /// <summary>Characters that DejaVu Sans (the machine's font) and every common UI font have: printable ASCII, the
    /// typographic punctuation the bot writes, and the zero-width space Web Chat puts around links.</summary>
    private const string SafePunctuation = "·—–’‘“”…\u00A0\u200B";

    private static readonly string[] AdasDomains = ["adashop.com", "ada.dev"];

    [Fact]
    public async Task Checklist_ShowsEachStatusAsAWord_WithNoCharacterTheFontsLack()
    {
        var (chat, context) = await OpenAdasChecklistAsync();
        await using var _ = context;
        var card = chat.Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "Before we can delete your account" }).Last;

        var text = await card.EvaluateAsync<string>("e => e.textContent");
        await card.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("webchat-ada-checklist") });

        var unsafeCharacters = text.Where(c => c is < ' ' or > '~' && !char.IsWhiteSpace(c) && !SafePunctuation.Contains(c)).Distinct().ToList();
        Assert.True(unsafeCharacters.Count == 0, "Characters a font may lack: " + string.Join(" ", unsafeCharacters.Select(c => $"U+{(int)c:X4}")));
        var marks = await card.Locator(".ac-columnSet > :first-child .ac-textBlock").AllInnerTextsAsync();
        Assert.Contains("To do", marks);
        Assert.Contains("Done", marks);
        Assert.Contains("Optional", marks);
        Assert.All(marks, m => Assert.Contains(m.Trim(), new[] { "Done", "To do", "Optional" }));
    }

    [Fact]
    public async Task DomainNames_InTheRepliesAndCards_AreNotLinksToTheBareDomain()
    {
        var (chat, context) = await OpenAdasChecklistAsync();
        await using var _ = context;

        var transcript = await chat.Page.Locator(".webchat__basic-transcript").InnerTextAsync();
        var hrefs = await chat.Page.Locator(".webchat__basic-transcript a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");

        foreach (var domain in AdasDomains)
        {
            Assert.Contains(domain, transcript, StringComparison.Ordinal);
            Assert.DoesNotContain(hrefs, href => Uri.TryCreate(href, UriKind.Absolute, out var uri) && string.Equals(uri.Host, domain, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(hrefs, href => href.Contains("/sandbox/dash/zones/zone_adashop_com", StringComparison.Ordinal));
    }

    private async Task<(WebChatPage Chat, IBrowserContext Context)> OpenAdasChecklistAsync()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);
        await chat.OpenAdasChecklistAsync();
        return (chat, context);
    }
}
