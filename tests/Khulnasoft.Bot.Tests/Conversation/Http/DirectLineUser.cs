using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A Web Chat user on the bot's own Direct Line 3.0 server, doing what DirectLineJS does (protocol doc §4): a token
/// from the page's backend (<c>POST /webchat/token</c>, bound to a sandbox user or anonymous), start the conversation,
/// post each activity (<c>channelData.clientActivityID</c>), then read the new activities after the watermark. The
/// user's own echo is checked (same client id, an id added) and the bot's activities become the replies.
/// </summary>
public sealed class DirectLineUser : ConversationUser
{
    private readonly BotTestHost _host;
    private readonly string _token;
    private string? _watermark;
    private int _clientIds;

    private DirectLineUser(BotTestHost host, Replies replies, string token, string conversationId, string? userId)
        : base(replies) => (_host, _token, ConversationId, UserId) = (host, token, conversationId, userId);

    public string ConversationId { get; }

    /// <summary>The id the site bound into the token (<c>dl_…</c>), or null for an anonymous visitor.</summary>
    public string? UserId { get; }

    /// <summary>Gets a token for <paramref name="email"/> (null: anonymous) and starts the conversation (201).</summary>
    public static async Task<DirectLineUser> StartAsync(BotTestHost host, Replies replies, string? email)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var minted = await host.Http.PostAsJsonAsync("/webchat/token", new { user = email });
        Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        using var started = await host.Http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineUser(host, replies, conversation["token"]!.GetValue<string>(), conversation["conversationId"]!.GetValue<string>(),
            token["userId"]?.GetValue<string>());
    }

    /// <summary>What the bot has sent since the last read (e.g. the welcome card after the conversation started).</summary>
    public async Task<IReadOnlyList<Activity>> ReadAsync()
    {
        AssertAllRepliesChecked();
        return [.. (await ActivitiesAfterWatermarkAsync()).Where(a => a.From?.Role == RoleTypes.Bot)];
    }

    protected override Activity Incoming(string type) => new()
    {
        Type = type,
        From = new ChannelAccount(UserId ?? "visitor-" + ConversationId, null, RoleTypes.User),
        Locale = "en-US",
        ChannelData = new JsonObject { ["clientActivityID"] = "web-" + ++_clientIds },
    };

    protected override async Task<IReadOnlyList<Activity>> ExchangeAsync(Activity activity)
    {
        var clientId = activity.ChannelData!["clientActivityID"]!.GetValue<string>();
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities");
        post.Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json");
        using var posted = await _host.Http.SendAsync(post);
        Assert.True(posted.StatusCode == HttpStatusCode.OK, $"\"{activity.Text}\": HTTP {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        var id = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        // Direct Line answers the POST after the bot's turn, so its replies are already there.
        var activities = await ActivitiesAfterWatermarkAsync();
        var echo = Assert.Single(activities, a => a.Id == id);
        Assert.Equal(clientId, echo.ChannelData?["clientActivityID"]?.GetValue<string>());
        if (UserId is not null)
        {
            Assert.Equal(UserId, echo.From?.Id);
        }

        return [.. activities.Where(a => a.From?.Role == RoleTypes.Bot)];
    }

    private async Task<List<Activity>> ActivitiesAfterWatermarkAsync()
    {
        using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities" + (_watermark is null ? "" : "?watermark=" + _watermark));
        using var response = await _host.Http.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        _watermark = page["watermark"]?.GetValue<string>() ?? _watermark;
        return page["activities"]!.Deserialize<List<Activity>>(BotJson.Options)!;
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }
}
