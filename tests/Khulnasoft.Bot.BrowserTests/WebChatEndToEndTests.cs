using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The real Web Chat 4.18.1 bundle in Chromium, against the real host: the page, its sign-in picker, Direct Line
/// over WebSocket and over polling, and the bot's replies rendered by Web Chat.
/// The deletion walk-through ("ben deletes his account by clicking through every card") belongs here too, once the
/// account-deletion conversation exists: open, <see cref="WebChatPage.SignInAsAsync"/> ben, send "delete my account",
/// then <see cref="WebChatPage.ClickCardButtonAsync"/> through each card to the scheduled deletion, in both transports.
/// </summary>
public sealed class WebChatEndToEndTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignedInDemoUser_SendsAMessage_AndSeesTheBotReplyRenderedByWebChat(bool webSocket)
    {
        var transport = webSocket ? "websocket" : "polling";
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        var polls = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                polls.Add(request.Url);
            }
        };
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket);
        await chat.SignInAsAsync("ben@example.com");
        var greeting = await chat.WaitForBotMessageAfterAsync(0);
        await chat.ScreenshotAsync($"{transport}-1-signed-in-as-ben");
        var before = await chat.BotMessageCountAsync();
        await chat.SendAsync("help");
        await chat.WaitForUserMessageAsync("help");
        var reply = await chat.WaitForBotMessageAfterAsync(before);
        await chat.ScreenshotAsync($"{transport}-2-reply");

        Assert.False(string.IsNullOrWhiteSpace(greeting));
        Assert.False(string.IsNullOrWhiteSpace(reply));
        Assert.NotEqual(greeting, reply);
        Assert.False(await chat.HasSendFailureAsync());
        Assert.Equal("ben@example.com", await page.InputValueAsync("#signed-in-as"));
        if (webSocket)
        {
            Assert.Contains(sockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream?t=", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(sockets);
            Assert.NotEmpty(polls);
        }
    }

    [Fact]
    public async Task AnonymousVisitor_ChatsWithoutSigningIn()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket: true);
        await chat.SendAsync("help");
        await chat.WaitForUserMessageAsync("help");
        var reply = await chat.WaitForBotMessageAfterAsync(0);
        await chat.ScreenshotAsync("anonymous-reply");

        Assert.False(string.IsNullOrWhiteSpace(reply));
        Assert.Equal("", await page.InputValueAsync("#signed-in-as"));
        Assert.Contains("anonymously", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsBrandedAndServesTheWebChatBundleFromTheBot()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("ws://127.0.0.1", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };

        await page.GotoAsync(server.BaseUrl + "/");
        await page.Locator("[data-id='webchat-sendbox-input']").WaitForAsync();
        var version = await page.EvaluateAsync<string>("() => document.querySelector('meta[name=\"botframework-webchat:bundle:version\"]')?.content ?? window.WebChat?.version ?? ''");

        Assert.Equal("Khulnasoft — Account assistant", await page.TitleAsync());
        Assert.Contains("Khulnasoft", await page.InnerTextAsync(".ks-title"), StringComparison.Ordinal);
        Assert.Equal("rgb(243, 128, 32)", await page.EvalOnSelectorAsync<string>(".ks-header", "e => getComputedStyle(e).borderBottomColor"));
        Assert.Equal(9, await page.Locator("#signed-in-as option").CountAsync());
        Assert.StartsWith("4.18.1", version, StringComparison.Ordinal);
        Assert.Empty(external);
    }
}
