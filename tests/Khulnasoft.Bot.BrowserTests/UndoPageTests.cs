using Khulnasoft.Bot.Deletion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The undo link's page in Chromium: the confirmation and the answer pass axe with no serious or critical violation,
/// and a keyboard-only user reaches the one button with Tab and cancels the deletion with Enter (a POST with the
/// page's anti-forgery token).
/// </summary>
public sealed class UndoPageTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task TheUndoPage_PassesAxe_AndCancelsByKeyboardAlone()
    {
        var scheduler = server.Services.GetRequiredService<DeletionScheduler>();
        var scheduled = await scheduler.RequestAsync(
            new DeletionRequest("user_ben", ["acct_ben"], null, null, DeletionActors.User("user_ben")), CancellationToken.None);
        var link = server.Services.GetRequiredService<UndoLinks>().For(scheduled);
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(link.AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("undo-confirm"), FullPage = true });
        await Axe.AssertNoSeriousViolationsAsync(page, "undo-confirm");
        Assert.Equal(DeletionCaseState.Scheduled, (await scheduler.GetAsync(scheduled.CaseId, CancellationToken.None))!.State);

        var keyboard = new Keyboard(page);
        await keyboard.MoveToAsync("the cancel button", $"e => e.tagName === 'BUTTON' && e.textContent.trim() === '{DeletionTexts.UndoButton}'");
        await page.Keyboard.PressAsync("Enter"); // submits the form: the page navigates to the POST's answer
        await page.GetByRole(AriaRole.Heading, new() { Name = DeletionTexts.UndoPageTitle }).WaitForAsync();
        await page.GetByText(DeletionTexts.UndoDone(scheduled.CaseId)).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("undo-done"), FullPage = true });
        await Axe.AssertNoSeriousViolationsAsync(page, "undo-done");

        Assert.Equal(DeletionCaseState.Cancelled, (await scheduler.GetAsync(scheduled.CaseId, CancellationToken.None))!.State);
    }
}
