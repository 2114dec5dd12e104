using Khulnasoft.TestSupport;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// Issue "Channels", browser end-to-end: in the real Web Chat 4.18.1 bundle in Chromium, ben (signed in through the
/// sandbox picker, so his identity is bound into the Direct Line token) says "delete my account" and clicks through
/// every card — identity, scope, checklist, invoices (downloading the PDF), confirmation — to a scheduled deletion.
/// Once over the WebSocket stream and once over polling, each against its own fresh host (its own sandbox data).
/// </summary>
public sealed class BenDeletesHisAccountTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ben_ClicksThroughEveryCard_ToAScheduledDeletion(bool webSocket)
    {
        var transport = webSocket ? "websocket" : "polling";
        using var server = new BotServer();
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket);
        await chat.SignInAsAsync("ben@example.com");
        await chat.WaitForBotMessageAfterAsync(0);
        await chat.SendAsync("delete my account");

        await chat.WaitForCardButtonAsync("Yes, this account");
        await chat.WaitForBotTextAsync("ben@example.com");
        await chat.ScreenshotAsync($"ben-{transport}-1-identity");
        await chat.ClickCardButtonAsync("Yes, this account");

        await chat.WaitForBotTextAsync("What deleting your account would remove");
        await chat.WaitForBotTextAsync("Everything required is done");
        await chat.WaitForCardButtonAsync("Send my invoices");
        await chat.ScreenshotAsync($"ben-{transport}-2-scope-checklist-invoices");
        await chat.ClickCardButtonAsync("Send my invoices");

        await page.Locator("a[href*='/invoices/files/']").First.WaitForAsync();
        var href = await page.Locator("a[href*='/invoices/files/']").First.GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync())[..4], StringComparison.Ordinal);

        await chat.WaitForCardButtonAsync("Delete my account");
        await chat.ScreenshotAsync($"ben-{transport}-3-invoices-and-confirmation");
        await chat.FillNewestCardInputsAsync("Ben Baker's Account", await chat.ConfirmationCodeAsync("ben@example.com"));
        await chat.ClickCardButtonAsync("Delete my account");

        await chat.WaitForBotTextAsync("Your deletion is scheduled");
        await chat.WaitForCardButtonAsync("Undo the deletion");
        await chat.ScreenshotAsync($"ben-{transport}-4-scheduled");
        var scheduled = await page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content")
            .Filter(new LocatorFilterOptions { HasText = "Your deletion is scheduled" }).Last.InnerTextAsync();
        Assert.Matches("case del_[a-z0-9]+", scheduled);
        Assert.False(await chat.HasSendFailureAsync());
    }
}
