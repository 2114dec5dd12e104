using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// An anonymous visitor (token from <c>POST /webchat/token {}</c>) uploads a file that holds script, then the
/// attachment's <c>contentUrl</c> is opened in Chromium on the bot's own origin: the script never runs, whatever
/// media type the upload declared. The script would leave two traces: a console message and a request for an image
/// at <c>/xss-ran</c>. Each case first serves the same payload from the bot's origin as what it really is (a route
/// in the browser) and sees both traces, so a silent attachment means "did not run", not "not observed".
/// </summary>
public sealed class UploadedFileScriptTests(BotServer server, Browser browser) : IClassFixture<BotServer>, IClassFixture<Browser>
{
    private const string Marker = "xss-ran";

    [Theory]
    [InlineData("image/png, text/html", "text/html")]
    [InlineData("text/html", "text/html")]
    [InlineData("image/svg+xml", "image/svg+xml")]
    [InlineData("application/xhtml+xml", "application/xhtml+xml")]
    [InlineData("image/png", "text/html")]
    public async Task ScriptInAnUpload_NeverRunsOnTheBotsOrigin(string declaredType, string payloadType)
    {
        var payload = Payload(payloadType, server.BaseUrl);
        var contentUrl = await UploadAnonymouslyAsync(declaredType, payload);
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });

        var control = await TracesAsync(context, async page =>
        {
            var controlUrl = server.BaseUrl + "/control-" + Guid.NewGuid().ToString("N");
            await page.RouteAsync(controlUrl, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = payloadType, Body = payload }));
            await page.GotoAsync(controlUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        });
        var opened = await TracesAsync(context, async page =>
        {
            try
            {
                await page.GotoAsync(contentUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal) || e.Message.Contains("ERR_ABORTED", StringComparison.Ordinal))
            {
                // Served as a download: nothing was rendered.
            }
        });

        Assert.StartsWith(server.BaseUrl + "/v3/directline/attachments/", contentUrl, StringComparison.Ordinal);
        Assert.Contains("console:" + Marker, control);
        Assert.Empty(opened);
    }

    /// <summary>
    /// Runs <paramref name="open"/> in a new page and returns the traces the payload's script left. The script runs
    /// while the document is parsed and its image is part of the document's load, so both traces arrive before the
    /// load event that <see cref="IPage.GotoAsync"/> waits for.
    /// </summary>
    private static async Task<List<string>> TracesAsync(IBrowserContext context, Func<IPage, Task> open)
    {
        var traces = new ConcurrentQueue<string>();
        var page = await context.NewPageAsync();
        page.Console += (_, message) => traces.Enqueue("console:" + message.Text);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains(Marker, StringComparison.Ordinal))
            {
                traces.Enqueue("request:" + Marker);
            }
        };
        await page.RouteAsync("**/" + Marker + "*", route => route.FulfillAsync(new RouteFulfillOptions { Status = 204 }));
        await open(page);
        var traced = traces.ToList();
        await page.CloseAsync();
        return traced;
    }

    private static string Payload(string type, string baseUrl)
    {
        var script = $"console.log('{Marker}');var i=document.createElementNS('http://www.w3.org/1999/xhtml','img');i.src='{baseUrl}/{Marker}?'+Math.random();document.documentElement.appendChild(i);";
        return type switch
        {
            "image/svg+xml" => $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script type=\"text/javascript\">{script}</script></svg>",
            "application/xhtml+xml" => $"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><script type=\"text/javascript\">{script}</script></body></html>",
            _ => $"<!DOCTYPE html><html><head><title>t</title></head><body><p>hello</p><script>{script}</script></body></html>",
        };
    }

    /// <summary>As an anonymous Web Chat visitor: mint a token, start the conversation, upload; returns the file's contentUrl.</summary>
    private async Task<string> UploadAnonymouslyAsync(string declaredType, string payload)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var minted = await http.PostAsJsonAsync("/webchat/token", new { });
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var conversationId = conversation["conversationId"]!.GetValue<string>();
        token = conversation["token"]!.GetValue<string>();

        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"visitor-1"},"text":""}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
        file.Headers.TryAddWithoutValidation("Content-Type", declaredType);
        form.Add(file, "file", "picture.png");
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/upload?userId=visitor-1") { Content = form };
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var uploaded = await http.SendAsync(upload);
        uploaded.EnsureSuccessStatusCode();

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var activities = await http.SendAsync(read);
        var set = (await activities.Content.ReadFromJsonAsync<JsonObject>())!;
        return set["activities"]!.AsArray()
            .Where(a => a!["from"]?["role"]?.GetValue<string>() == "user")
            .SelectMany(a => a!["attachments"]?.AsArray() ?? [])
            .Select(a => a!["contentUrl"]!.GetValue<string>())
            .Single();
    }
}
