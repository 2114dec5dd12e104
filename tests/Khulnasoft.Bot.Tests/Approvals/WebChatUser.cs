using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>
/// A sandbox demo user in Web Chat, through the host's real Direct Line server: a token bound to them
/// (<c>dl_</c> + email, as the embedding site would mint it), a conversation, messages and card submits.
/// </summary>
public sealed class WebChatUser(HttpClient client, string conversationId, string token)
{
    public static async Task<WebChatUser> SignInAsync(HttpClient client, string email)
    {
        using var minted = await client.PostAsJsonAsync("/webchat/token", new { user = email });
        Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new WebChatUser(client, body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    public Task SayAsync(string text) => PostAsync(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "web" }, ["text"] = text });

    /// <summary>What Web Chat posts for an Action.Submit: no text, the action's data (with the inputs) as <c>value</c>.</summary>
    public Task SubmitAsync(JsonObject data) => PostAsync(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "web" }, ["value"] = data.DeepClone() });

    /// <summary>The bot's activities so far, in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> BotActivitiesAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return [.. activities.OfType<JsonObject>().Where(a => a["from"]?["role"]?.GetValue<string>() == "bot")];
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
