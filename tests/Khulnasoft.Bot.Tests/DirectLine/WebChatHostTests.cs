using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Tests.DirectLine;

/// <summary>
/// The real host (Program.cs): the Web Chat page and bundle, the sandbox token endpoint, and the real bot answering
/// through the built-in Direct Line server (CloudAdapter → the in-process connector).
/// </summary>
public sealed class WebChatHostTests(BotTestHost host) : IClassFixture<BotTestHost>
{
    private readonly BotTestHost _app = host;

    [Fact]
    public async Task Root_ServesThePageThatLoadsTheBundledWebChat()
    {
        using var client = _app.CreateClient();

        var page = await client.GetStringAsync("/");
        using var bundle = await client.GetAsync("/webchat/webchat.js");
        var script = await bundle.Content.ReadAsStringAsync();

        Assert.Contains("<script src=\"/webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("Khulnasoft — Account assistant", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType!.MediaType);
        Assert.Contains("4.18.1", script, StringComparison.Ordinal);
        Assert.True(script.Length > 1_000_000);
    }

    [Fact]
    public async Task SandboxToken_ForADemoUser_IsBoundToThatUser_AndTheBotGreetsThem()
    {
        using var client = _app.CreateClient();

        var minted = await MintAsync(client, "ben@example.com");
        var (conversationId, token) = await StartAsync(client, minted["token"]!.GetValue<string>());
        var activities = await ActivitiesAsync(client, conversationId, token);

        Assert.Equal("dl_ben@example.com", minted["userId"]!.GetValue<string>());
        var greeting = Assert.Single(activities);
        Assert.Equal("bot", greeting!["from"]!["role"]!.GetValue<string>());
        Assert.Equal("dl_ben@example.com", greeting["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("directline", greeting["channelId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserMessage_ThroughDirectLine_IsEchoedAndAnsweredByTheRealBot()
    {
        using var client = _app.CreateClient();
        var minted = await MintAsync(client, "ada@example.com");
        var (conversationId, token) = await StartAsync(client, minted["token"]!.GetValue<string>());

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "ignored" }, text = "help", channelData = new { clientActivityID = "web-1" } }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var posted = await client.SendAsync(post);
        var id = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var activities = await ActivitiesAsync(client, conversationId, token);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var echo = activities.Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("web-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("dl_ada@example.com", echo["from"]!["id"]!.GetValue<string>());
        var reply = activities.Last()!;
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(reply["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SandboxToken_ForAnUnknownUser_Returns400()
    {
        using var client = _app.CreateClient();

        using var response = await client.PostAsJsonAsync("/webchat/token", new { user = "mallory@example.com" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WithoutSandbox_ThePageOffersNoPickerAndOnlyAnonymousTokens()
    {
        // Without the sandbox the host needs a real account API and SMTP server configured (never contacted here).
        await using var withoutSandbox = new BotTestHost().WithAccountApi();
        using var client = withoutSandbox.CreateClient();

        var config = await client.GetFromJsonAsync<JsonObject>("/webchat/config");
        using var asBen = await client.PostAsJsonAsync("/webchat/token", new { user = "ben@example.com" });
        using var anonymous = await client.PostAsJsonAsync("/webchat/token", new { user = (string?)null });
        var minted = (await anonymous.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.False(config!["sandbox"]!.GetValue<bool>());
        Assert.Empty(config["users"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, asBen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Null(minted["userId"]);
    }

    private static async Task<JsonObject> MintAsync(HttpClient client, string user)
    {
        using var response = await client.PostAsJsonAsync("/webchat/token", new { user });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    private static async Task<JsonArray> ActivitiesAsync(HttpClient client, string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }
}
