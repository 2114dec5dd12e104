using Khulnasoft.TestSupport;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The real Web Chat 4.18.1 bundle in Chromium, against the real host: the page, its sign-in picker, Direct Line
/// over WebSocket and over polling, and the bot's replies rendered by Web Chat.
/// The deletion walk-through is <see cref="BenDeletesHisAccountTests"/>.
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
        var sockets = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var polls = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => sockets.Enqueue(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && request.Url.Contains("/activities", StringComparison.Ordinal))
            {
                polls.Enqueue(request.Url);
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
    public async Task UploadedImage_GoesThroughDirectLineUpload_AndIsServedBackByTheBot()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var uploads = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var attachmentUrls = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var frames = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/upload?userId=", StringComparison.Ordinal))
            {
                uploads.Enqueue(request.Headers.TryGetValue("content-type", out var type) ? type : "");
            }
        };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            frames.Enqueue(frame.Text ?? "<binary>");
            if (!string.IsNullOrEmpty(frame.Text))
            {
                foreach (var url in System.Text.Json.Nodes.JsonNode.Parse(frame.Text)!["activities"]!.AsArray()
                    .SelectMany(a => a!["attachments"]?.AsArray() ?? [])
                    .Select(a => a!["contentUrl"]?.GetValue<string>())
                    .OfType<string>())
                {
                    attachmentUrls.Enqueue(url);
                }
            }
        };
        var chat = new WebChatPage(page, server.BaseUrl);
        var png = await File.ReadAllBytesAsync(Khulnasoft.TestSupport.RepoPaths.Combine("manifest", "color.png"));

        await chat.OpenAsync(webSocket: true);
        await chat.SignInAsAsync("ada@example.com");
        await chat.WaitForBotMessageAfterAsync(0);
        await chat.UploadAsync("screenshot.png", "image/png", png);
        try
        {
            await page.WaitForConditionAsync(() => !attachmentUrls.IsEmpty);
        }
        finally
        {
            // Kept as an artifact: every stream frame the page received, to diagnose a missing echo.
            await File.WriteAllLinesAsync(Screenshots.PathFor("upload-frames") + ".txt", frames);
            await chat.ScreenshotAsync("upload-frames");
        }

        await chat.WaitForUserImageAsync("screenshot.png");
        var url = attachmentUrls.First();
        await chat.ScreenshotAsync("upload");
        using var http = new HttpClient();
        var served = await http.GetByteArrayAsync(url);

        Assert.StartsWith("multipart/form-data", Assert.Single(uploads), StringComparison.Ordinal);
        Assert.StartsWith(server.BaseUrl + "/v3/directline/attachments/", url, StringComparison.Ordinal);
        Assert.Equal(png, served);
        Assert.False(await chat.HasSendFailureAsync());
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnonymousVisitor_IsWelcomedBeforeTypingAnything(bool webSocket)
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, server.BaseUrl);

        await chat.OpenAsync(webSocket);
        var welcome = await chat.WaitForBotMessageAfterAsync(0);

        Assert.False(string.IsNullOrWhiteSpace(welcome));
        Assert.Equal(0, await page.Locator(".webchat__stacked-layout--from-user").CountAsync());
    }

    [Fact]
    public async Task Page_IsBrandedAndServesTheWebChatBundleFromTheBot()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        var external = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("ws://127.0.0.1", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                external.Enqueue(request.Url);
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
