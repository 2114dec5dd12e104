using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>Waiting on test-side state that Playwright events fill in.</summary>
public static class PageExtensions
{
    /// <summary>Polls <paramref name="condition"/> between page ticks, failing after Playwright's usual 30 s.</summary>
    public static async Task WaitForConditionAsync(this IPage page, Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await page.WaitForTimeoutAsync(100);
        }

        Assert.True(condition(), "The condition was not met within 30 s.");
    }
}
