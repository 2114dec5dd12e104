using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The Web Chat page in German, in Chromium: a browser whose language is German gets the page's chrome in German
/// (<c>&lt;html lang="de"&gt;</c>, title, button, labels, aria label, status, the sandbox's demo users in the picker),
/// Web Chat runs with the same locale so the bot answers in German, and axe finds no serious or critical violation;
/// <c>?locale=en-US</c> keeps it English.
/// </summary>
public sealed class GermanWebChatPageTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task AGermanBrowser_GetsTheGermanChrome_AndAGermanBot_WithoutSeriousAxeViolations()
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket: true);
        await page.Locator("html[lang='de']").WaitForAsync();

        Assert.Equal("Khulnasoft — Konto-Assistent", await page.TitleAsync());
        Assert.Equal("Neu beginnen", await page.InnerTextAsync("#start-over"));
        Assert.Equal("Chat mit dem Khulnasoft-Konto-Assistenten", await page.GetAttributeAsync("#chat", "aria-label"));
        Assert.Contains("Sie chatten anonym", await chat.StatusAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Über WebSocket", await page.InnerTextAsync("#footnote"), StringComparison.Ordinal);
        Assert.Equal("ben@example.com — Selbstbedienung, bereit zum Löschen", await page.InnerTextAsync("#signed-in-as option[value='ben@example.com']"));
        Assert.Equal("lee@held.example — mit Aufbewahrungspflicht", await page.InnerTextAsync("#signed-in-as option[value='lee@held.example']"));
        await chat.WaitForBotMessageAfterAsync(0); // the welcome
        var before = await chat.BotMessageCountAsync();
        await chat.SendAsync("hilfe");
        Assert.StartsWith("Was ich kann", await chat.WaitForBotMessageAfterAsync(before), StringComparison.Ordinal); // the help card, in German
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("webchat-german"), FullPage = true });

        await Axe.AssertNoSeriousViolationsAsync(page, "webchat-german");

        await page.Locator("#start-over").ClickAsync();
        await page.GetByText("Neu begonnen: eine neue Unterhaltung.").WaitForAsync();
    }

    [Fact]
    public async Task TheLocaleParameter_WinsOverTheBrowsersLanguage()
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/?locale=en-US");
        await page.Locator("[data-id='webchat-sendbox-input']").WaitForAsync();
        await page.Locator("#footnote:not(:empty)").WaitForAsync();

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Start over", await page.InnerTextAsync("#start-over"));
        Assert.Equal("Khulnasoft — Account assistant", await page.TitleAsync());
        Assert.Equal("ben@example.com — self-serve, ready to delete", await page.InnerTextAsync("#signed-in-as option[value='ben@example.com']"));
    }
}
