using System.Diagnostics;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.Bot.FaultTests.Results;
using Khulnasoft.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.ScaleOut;

/// <summary>
/// The real Web Chat in Chromium, opened on the round-robin proxy in front of the three hosts: its WebSocket stays
/// on the host the proxy gave it, its messages are spread over all three, and every reply of a turn run on another
/// host reaches the browser through that one socket (Direct Line publishes each append through Redis).
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class WebChatScaleOutTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string BotMessages = ".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content";

    private readonly Browser _browser = new();

    public async Task InitializeAsync()
    {
        await lab.HealAsync();
        await _browser.InitializeAsync();
    }

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task AWebChatSocketOnOneHost_ReceivesTheRepliesOfTurnsRunOnTheOtherHosts()
    {
        var clock = Stopwatch.StartNew();
        var page = await _browser.Instance.NewPageAsync();
        var before = lab.Balancer.Served.Count;
        var address = $"webchat-{Guid.NewGuid():N}"[..20] + "@fault.example";
        var steps = CodeChain.For(address);
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"console {message.Type}: {message.Text}");
        try
        {
            await page.GotoAsync(lab.Balancer.BaseUrl + "/");
            await page.Locator(SendBox).WaitForAsync();
            await page.Locator(BotMessages).First.WaitForAsync(); // the welcome: the conversation and its socket are up
            foreach (var (say, expect) in steps)
            {
                await page.Locator(SendBox).FillAsync(say);
                await page.Locator(SendBox).PressAsync("Enter");
                await page.Locator(BotMessages).Filter(new LocatorFilterOptions { HasText = expect }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            }
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Combine("tests", "Khulnasoft.Bot.FaultTests", "TestResults", "webchat-scale-out.png"), FullPage = true });
            output.WriteLine(string.Join("\n", console));
            output.WriteLine(string.Join("\n", lab.Balancer.Served.Skip(before).Select(e => $"{e.Method} {e.Path[..Math.Min(100, e.Path.Length)]} → {e.Destination} {e.Status}")));
            throw;
        }

        var served = lab.Balancer.Served.Skip(before).ToList();
        var stream = Assert.Single(served, e => e.Path.Contains("/stream", StringComparison.Ordinal));
        var posts = served.Where(e => e.Method == "POST" && e.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();
        output.WriteLine($"stream on {stream.Destination}; posts on " + string.Join(", ", posts.Select(p => p.Destination)));
        Assert.Equal(steps.Count, posts.Count);
        Assert.True(posts.Select(p => p.Destination).Where(d => d != stream.Destination).Distinct().Count() == 2,
            "turns ran on both hosts that do not hold the socket");
        Assert.False(await page.GetByText("Send failed").IsVisibleAsync());
        foreach (var (_, expect) in steps)
        {
            Assert.Equal(1, await page.Locator(BotMessages).Filter(new LocatorFilterOptions { HasText = expect }).CountAsync());
        }

        lab.Results.Add(new FaultResult("Web Chat (Chromium) WebSocket on one host, turns on all three", "1 browser, 5 turns through the round-robin proxy",
            "none (scale-out)", steps.Count, 0, 0, 0, clock.Elapsed.TotalSeconds));
    }
}
