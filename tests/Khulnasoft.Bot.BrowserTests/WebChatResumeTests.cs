using Khulnasoft.Bot.Runtime.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// Issue 20 item 2 (Web Chat): the page keeps its place. In the real Web Chat in Chromium, ben reaches a step, the page
/// reloads, the earlier messages are there again and his next answer continues at the same step (over the WebSocket
/// stream and over polling); "Start over" and switching the demo user begin a new conversation; a stored conversation
/// that can't be resumed (its token expired, or the bot restarted without Redis) gives a new one with a notice.
/// </summary>
public sealed class WebChatResumeTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reload_ShowsTheEarlierMessages_AndTheNextAnswerContinuesAtTheSameStep(bool webSocket)
    {
        using var server = new BotServer();
        var (chat, context) = await OpenAsync(server);
        await using var _ = context;
        await chat.AskToDeleteAsync("ben@example.com", webSocket);
        var conversation = await chat.ConversationIdAsync();
        var botMessages = await chat.BotMessageCountAsync();

        await chat.ReloadAsync();
        await chat.WaitForBotMessageAfterAsync(botMessages - 1);
        await chat.ScreenshotAsync($"resume-{(webSocket ? "websocket" : "polling")}-after-reload");
        var replayed = await chat.BotMessageCountAsync();
        await chat.SendAsync("yes");

        Assert.Equal(conversation, await chat.ConversationIdAsync());
        Assert.Equal(botMessages, replayed);
        Assert.Equal(1, await chat.UserMessageCountAsync("delete my account"));
        Assert.Equal("ben@example.com", await chat.Page.InputValueAsync("#signed-in-as"));
        Assert.Contains("restored", await chat.StatusAsync(), StringComparison.Ordinal);
        await chat.WaitForBotTextAsync("What deleting your account would remove");
        await chat.WaitForBotTextAsync("Everything required is done");
        Assert.Equal(conversation, (string?)(await chat.StoredConversationAsync())!["conversationId"]);
        Assert.False(await chat.HasSendFailureAsync());
    }

    [Fact]
    public async Task StartOver_BeginsAFreshConversation_ThatAReloadKeeps()
    {
        using var server = new BotServer();
        var (chat, context) = await OpenAsync(server);
        await using var _ = context;
        await chat.AskToDeleteAsync("ben@example.com");
        var first = (await chat.ConversationIdAsync())!;

        await chat.Page.ClickAsync("#start-over");
        await chat.WaitForAnotherConversationAsync(first);
        await chat.WaitForBotMessageAfterAsync(0);
        var second = (await chat.ConversationIdAsync())!;
        var afterStartOver = await chat.UserMessageCountAsync("delete my account");
        await chat.ReloadAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(0, afterStartOver);
        Assert.Equal(second, await chat.ConversationIdAsync());
        Assert.Equal("ben@example.com", await chat.Page.InputValueAsync("#signed-in-as"));
        Assert.Equal(second, (string?)(await chat.StoredConversationAsync())!["conversationId"]);
    }

    [Fact]
    public async Task SwitchingTheDemoUser_StartsANewConversationForThatUser_AndAReloadKeepsIt()
    {
        using var server = new BotServer();
        var (chat, context) = await OpenAsync(server);
        await using var _ = context;
        await chat.StartAsAsync("ben@example.com");
        var bens = (await chat.ConversationIdAsync())!;

        await chat.SignInAsAsync("ada@example.com");
        await chat.WaitForAnotherConversationAsync(bens);
        await chat.WaitForBotMessageAfterAsync(0);
        var adas = await chat.ConversationIdAsync();
        await chat.ReloadAsync();

        Assert.NotEqual(bens, adas);
        Assert.Equal(adas, await chat.ConversationIdAsync());
        Assert.Equal("ada@example.com", await chat.Page.InputValueAsync("#signed-in-as"));
        Assert.Equal("ada@example.com", (string?)(await chat.StoredConversationAsync())!["user"]);
    }

    [Fact]
    public async Task StoredTokenExpiredBeyondRefresh_StartsANewConversation_WithANotice()
    {
        using var server = new BotServer();
        var (chat, context) = await OpenAsync(server);
        await using var _ = context;
        await chat.StartAsAsync("ben@example.com");
        var stored = (await chat.StoredConversationAsync())!;
        var conversation = (string)stored["conversationId"]!;
        // The same conversation and user, signed with the server's key, but issued two hours ago: expired.
        var longAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var tokens = new DirectLineTokenService(Options.Create(new DirectLineOptions { Secret = DirectLineOptions.DevelopmentSecret }), longAgo);
        stored["token"] = tokens.IssueConversationToken(conversation, "dl_ben@example.com", "ben@example.com").Token;
        await chat.StoreConversationAsync(stored);

        await chat.ReloadAsync();
        await chat.WaitForAnotherConversationAsync(conversation);
        await chat.WaitForBotMessageAfterAsync(0);

        Assert.Contains("could not be restored", await chat.StatusAsync(), StringComparison.Ordinal);
        Assert.Equal("ben@example.com", await chat.Page.InputValueAsync("#signed-in-as"));
        Assert.NotEqual(conversation, (string?)(await chat.StoredConversationAsync())!["conversationId"]);
    }

    [Fact]
    public async Task BotRestartedWithoutRedis_StartsANewConversation_WithANotice()
    {
        await using var context = await browser.Instance.NewContextAsync();
        var page = await context.NewPageAsync();
        int port;
        string conversation;
        WebChatPage chat;
        using (var first = new BotServer())
        {
            port = first.Port;
            chat = new WebChatPage(page, first.BaseUrl);
            await chat.AskToDeleteAsync("ben@example.com");
            conversation = (await chat.ConversationIdAsync())!;
            await chat.LeaveAsync();
        }

        using var restarted = BotServer.OnPort(port);
        string status;
        int earlier;
        try
        {
            await chat.ReturnAsync(webSocket: true);
            await chat.WaitForAnotherConversationAsync(conversation);
            await chat.WaitForBotMessageAfterAsync(0);
            await chat.ScreenshotAsync("resume-after-restart");
            status = await chat.StatusAsync();
            earlier = await chat.UserMessageCountAsync("delete my account");
        }
        finally
        {
            // The page's WebSocket would hold the server's shutdown until it times out.
            await chat.LeaveAsync();
        }

        Assert.Contains("could not be restored", status, StringComparison.Ordinal);
        Assert.Equal(0, earlier);
    }

    private async Task<(WebChatPage Chat, IBrowserContext Context)> OpenAsync(BotServer server)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        return (new WebChatPage(page, server.BaseUrl), context);
    }
}
