using Khulnasoft.Bot.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// Issue 20 item 3: every page the bot serves passes axe-core with no serious or critical violation. The Web Chat page
/// (empty, with ben's welcome, and with ada's cards up to the checklist), and the sandbox's dashboard pages and
/// mailbox (Development). The receipts have no HTML page (<c>POST /receipts/verify</c> is JSON) and the Hangfire
/// dashboard (<c>/jobs</c>) is third-party: neither is checked here (docs/accessibility.md).
/// </summary>
public sealed class AccessibilityTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    public static TheoryData<string, string> SandboxPages => new()
    {
        { "dashboard-accounts", "/sandbox/dash" },
        { "dashboard-account", "/sandbox/dash/accounts/acct_ada_labs" },
        { "dashboard-subscriptions", "/sandbox/dash/accounts/acct_ada_labs/subscriptions" },
        { "dashboard-billing", "/sandbox/dash/accounts/acct_ada_labs/billing" },
        { "dashboard-registrar", "/sandbox/dash/accounts/acct_ada_labs/registrar/ada.dev" },
        { "dashboard-zone-full", "/sandbox/dash/zones/zone_ada_dev" },
        { "dashboard-zone-cname", "/sandbox/dash/zones/zone_adashop_com" },
        { "dashboard-legal-holds", "/sandbox/dash/staff/legal-holds" },
        { "dashboard-not-found", "/sandbox/dash/zones/zone_nope" },
        { "mailbox", "/sandbox/mailbox" },
    };

    [Theory]
    [MemberData(nameof(SandboxPages))]
    public async Task SandboxPage_HasNoSeriousOrCriticalViolations(string name, string path)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMailSender>().SendAsync(
            new OutgoingMail("ada@example.com", "Your one-time code", "Your code is 123456. It expires in 10 minutes."));
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("axe-" + name), FullPage = true });

        await Axe.AssertNoSeriousViolationsAsync(page, name);
    }

    [Fact]
    public async Task WebChatPage_Anonymous_HasNoSeriousOrCriticalViolations()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket: true);
        await chat.SendAsync("help");
        await chat.WaitForBotMessageAfterAsync(0);

        await Axe.AssertNoSeriousViolationsAsync(page, "webchat-anonymous");
    }

    [Fact]
    public async Task WebChatPage_WithAdasCardsUpToTheChecklist_HasNoSeriousOrCriticalViolations()
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAdasChecklistAsync();
        await chat.ScreenshotAsync("axe-webchat-ada-checklist");

        await Axe.AssertNoSeriousViolationsAsync(page, "webchat-ada-checklist");
    }
}
