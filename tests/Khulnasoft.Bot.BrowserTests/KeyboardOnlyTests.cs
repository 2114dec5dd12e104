using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// Issue 20 item 3: the deletion works with the keyboard alone. Ben, from the "signed in as" picker to the scheduled
/// case, in the real Web Chat in Chromium: Tab and Shift+Tab to move, Enter and Space to press, typing for text,
/// and Web Chat's own transcript keys (End and ArrowUp pick a message, Enter goes into it, Escape leaves it); no
/// mouse click anywhere.
/// </summary>
public sealed class KeyboardOnlyTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Ben_DeletesHisAccount_WithTheKeyboardOnly()
    {
        using var server = new BotServer();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);
        var keys = new Keyboard(page);
        var clicks = 0;
        await page.ExposeFunctionAsync("reportClick", (bool trusted) => { if (trusted) { Interlocked.Increment(ref clicks); } });
        await page.AddInitScriptAsync("document.addEventListener('mousedown', e => window.reportClick(e.isTrusted), true);");

        try
        {
            await chat.OpenAsync(webSocket: true);
            await keys.MoveToAsync("the signed-in-as picker", "e => e.id === 'signed-in-as'");
            await keys.TypeAsync("ben");
            await page.Locator("#webchat[data-user='ben@example.com'] [data-id='webchat-sendbox-input']").WaitForAsync();
            await chat.WaitForBotMessageAfterAsync(0);

            await keys.MoveToSendBoxAsync();
            await keys.TypeAsync("delete my account");
            await keys.PressAsync("Enter");
            await chat.WaitForCardButtonAsync("Yes, this account");
            await keys.MoveToCardButtonAsync("Yes, this account");
            await keys.PressAsync("Enter");

            await chat.WaitForBotTextAsync("Everything required is done");
            await chat.WaitForCardButtonAsync("Send my invoices");
            await keys.MoveToCardButtonAsync("Send my invoices");
            await keys.PressAsync("Space");

            await chat.WaitForBotTextAsync("Confirm the deletion");
            await keys.MoveToCardInputAsync();
            await keys.TypeAsync(await chat.ConfirmationCodeAsync("ben@example.com"));
            await keys.PressAsync("Shift+Tab");
            await keys.TypeAsync("Ben Baker's Account");
            await keys.MoveToCardButtonAsync("Delete my account", withinMessage: true);
            await keys.PressAsync("Enter");

            await chat.WaitForBotTextAsync("Your deletion is scheduled");
            await chat.WaitForCardButtonAsync("Undo the deletion");
        }
        finally
        {
            await File.WriteAllLinesAsync(Screenshots.PathFor("keyboard-path") + ".txt", keys.Path);
            await chat.ScreenshotAsync("keyboard-ben-scheduled");
        }

        var scheduled = await page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content")
            .Filter(new LocatorFilterOptions { HasText = "Your deletion is scheduled" }).Last.InnerTextAsync();
        Assert.Matches("case del_[a-z0-9]+", scheduled);
        Assert.Equal(0, clicks);
        Assert.False(await chat.HasSendFailureAsync());
    }
}
