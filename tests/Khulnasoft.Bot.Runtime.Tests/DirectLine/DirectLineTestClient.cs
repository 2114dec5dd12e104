using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>Speaks Direct Line 3.0 over raw HTTP and WebSocket, like DirectLineJS does, for the protocol tests.</summary>
public sealed class DirectLineTestClient(DirectLineTestHost host)
{
    public async Task<JsonObject> GenerateTokenAsync(string? userId = null, string? userName = null)
    {
        var body = userId is null ? null : JsonContent.Create(new { user = new { id = userId, name = userName } });
        using var response = await host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "tokens/generate", DirectLineTestHost.Secret, body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>POST /conversations with a token (or the secret); returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> StartAsync(string bearer, object? body = null)
    {
        using var response = await host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, "conversations", bearer, body is null ? null : JsonContent.Create(body)));
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    /// <summary>Generates a token for <paramref name="userId"/> and starts its conversation: (conversationId, token, streamUrl).</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartConversationAsync(string? userId = "dl_ada")
    {
        var generated = await GenerateTokenAsync(userId);
        var (status, started) = await StartAsync(generated["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, status);
        return (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(), started["streamUrl"]!.GetValue<string>());
    }

    public static JsonObject Message(string text, string clientActivityId, string userId = "r_user") => new()
    {
        ["type"] = "message",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "", ["role"] = "user" },
        ["locale"] = "en-US",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["extra"] = new JsonObject { ["kept"] = true } },
    };

    /// <summary>
    /// POST <c>/upload</c> as Web Chat sends it: multipart with the <paramref name="activity"/> part (a blob) and one
    /// <c>file</c> part whose Content-Type header is <paramref name="declaredType"/> exactly as given (not parsed).
    /// </summary>
    public Task<HttpResponseMessage> UploadAsync(string conversationId, string bearer, JsonObject activity, byte[] content, string declaredType, string fileName)
    {
        var form = new MultipartFormDataContent();
        var activityPart = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        activityPart.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(content);
        filePart.Headers.TryAddWithoutValidation("Content-Type", declaredType);
        form.Add(filePart, "file", fileName);
        return host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", bearer, form));
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string bearer, JsonObject activity) =>
        host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/activities", bearer,
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")));

    public async Task<string> SendAsync(string conversationId, string bearer, string text, string clientActivityId)
    {
        using var response = await PostActivityAsync(conversationId, bearer, Message(text, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(string conversationId, string bearer, string? watermark = null)
    {
        using var response = await host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", bearer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (set["activities"]!.AsArray(), set["watermark"]!.GetValue<string>());
    }

    public async Task<HttpStatusCode> StatusOfAsync(HttpMethod method, string path, string bearer, HttpContent? content = null)
    {
        using var response = await host.Http.SendAsync(DirectLineTestHost.Request(method, path, bearer, content));
        return response.StatusCode;
    }

    /// <summary>Reads stream frames until the activities seen satisfy <paramref name="done"/>; returns every activity received.</summary>
    public static async Task<List<JsonObject>> ReadStreamUntilAsync(ClientWebSocket socket, Func<List<JsonObject>, bool> done)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new List<JsonObject>();
        var buffer = new byte[64 * 1024];
        while (!done(received))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, guard.Token);
                await message.WriteAsync(buffer.AsMemory(0, result.Count), guard.Token);
            }
            while (!result.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            if (message.Length == 0)
            {
                continue; // keepalive
            }

            var set = JsonNode.Parse(message.ToArray())!.AsObject();
            Assert.NotNull(set["watermark"]);
            received.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        return received;
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    public static string Text(JsonNode? activity) => activity?["text"]?.GetValue<string>() ?? "";

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
