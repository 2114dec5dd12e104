using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Hosts;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// A Web Chat user of the bots' own Direct Line server, as DirectLineJS drives it, free to talk to any host: the
/// Direct Line state lives in Redis, so a message posted to one host and the transcript read from another are the
/// same conversation. The token comes from the embedding site's backend (<c>tokens/generate</c> with the secret),
/// bound to <c>dl_</c> + the user's email when <see cref="StartAsync"/> is given one.
/// </summary>
public sealed class DirectLineUserClient
{
    private readonly string _token;
    private int _clientIds;

    private DirectLineUserClient(string conversationId, string token, string? userId)
    {
        ConversationId = conversationId;
        _token = token;
        UserId = userId;
    }

    public string ConversationId { get; }

    public string? UserId { get; }

    /// <summary>The bot activities already returned by <see cref="ReadAsync"/> (the next read starts after them).</summary>
    public long Watermark { get; private set; }

    /// <summary>Mints a token on <paramref name="host"/> (bound to <paramref name="email"/> when given) and starts the conversation.</summary>
    public static async Task<DirectLineUserClient> StartAsync(HttpClient host, string? email)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(email is null ? new JsonObject() : new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_" + email, ["name"] = email } }),
        };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FaultSettings.DirectLineSecret);
        using var generated = await host.SendAsync(generate);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await host.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineUserClient(conversation["conversationId"]!.GetValue<string>(), conversation["token"]!.GetValue<string>(), email is null ? null : "dl_" + email);
    }

    /// <summary>A fresh conversation token (Direct Line's refresh), e.g. to call the API by hand.</summary>
    public async Task<string> TokenAsync(HttpClient host)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var refresh = Request(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var response = await host.SendAsync(refresh);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    /// <summary>Posts a typed message to <paramref name="host"/>; the answer comes after the bot's turn.</summary>
    public Task<Posted> SendAsync(HttpClient host, string text) =>
        PostAsync(host, new JsonObject { ["type"] = "message", ["text"] = text });

    /// <summary>Posts an Action.Submit click: a message with no text and the button's data (plus inputs) as value.</summary>
    public Task<Posted> ClickAsync(HttpClient host, JsonObject data) =>
        PostAsync(host, new JsonObject { ["type"] = "message", ["value"] = data.DeepClone(), ["channelData"] = new JsonObject { ["postBack"] = true } });

    /// <summary>Posts any activity (the user's own <c>from</c> is added when it has none).</summary>
    public async Task<Posted> PostAsync(HttpClient host, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(activity);
        activity["from"] ??= new JsonObject { ["id"] = UserId ?? "visitor-" + ConversationId };
        activity["locale"] ??= "en-US";
        activity["channelData"] ??= new JsonObject();
        activity["channelData"]!["clientActivityID"] = "client-" + Interlocked.Increment(ref _clientIds);
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities");
        post.Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await host.SendAsync(post);
        var body = await response.Content.ReadAsStringAsync();
        return new Posted(response.StatusCode, body, response.Headers.RetryAfter?.Delta);
    }

    /// <summary>The bot's activities after the last read, in order (read from <paramref name="host"/>).</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadAsync(HttpClient host)
    {
        var (activities, watermark) = await ActivitiesAsync(host, Watermark);
        Watermark = watermark;
        return [.. activities.Where(a => a["from"]?["role"]?.GetValue<string>() == "bot")];
    }

    /// <summary>Every activity of the conversation (user and bot) from the start, in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> TranscriptAsync(HttpClient host) => (await ActivitiesAsync(host, 0)).Activities;

    private async Task<(IReadOnlyList<JsonObject> Activities, long Watermark)> ActivitiesAsync(HttpClient host, long after)
    {
        var all = new List<JsonObject>();
        var watermark = after;
        while (true)
        {
            using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
            using var response = await host.SendAsync(get);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET activities: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var activities = page["activities"]!.AsArray().OfType<JsonObject>().ToList();
            if (activities.Count == 0)
            {
                return (all, watermark);
            }

            all.AddRange(activities);
            watermark = long.Parse(page["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    /// <summary>The answer to a POST: its status, body and <c>Retry-After</c>.</summary>
    public sealed record Posted(HttpStatusCode Status, string Body, TimeSpan? RetryAfter);
}
