using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// Activities a client got wrong are refused with 400 and a problem+json that names the field, before the bot runs
/// and before anything is appended to the conversation.
/// </summary>
public sealed class DirectLineBadInputTests : IAsyncLifetime
{
    private DirectLineTestHost _host = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await DirectLineTestHost.StartAsync();
        _client = new DirectLineTestClient(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("timestamp", "\"yesterday\"")]
    [InlineData("timestamp", "42")]
    [InlineData("expiration", "\"tomorrow-ish\"")]
    [InlineData("localTimestamp", "\"soon\"")]
    public async Task PostActivity_WithAnUnreadableDate_Is400NamingTheField(string field, string json)
    {
        var (conversationId, token, _) = await _client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("hi", "c1");
        activity[field] = JsonNode.Parse(json);

        using var response = await _client.PostActivityAsync(conversationId, token, activity);

        await AssertRefusedAsync(response, field, conversationId, token);
    }

    [Fact]
    public async Task PostActivity_WithALoneSurrogateInValue_Is400NamingTheField()
    {
        var (conversationId, token, _) = await _client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("hi", "c1");
        activity["value"] = "VALUE";
        var json = activity.ToJsonString().Replace("\"VALUE\"", "{\"state\":\"\\ud800\"}", StringComparison.Ordinal);

        using var response = await _host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            new StringContent(json, Encoding.UTF8, "application/json")));

        await AssertRefusedAsync(response, "value", conversationId, token);
    }

    [Fact]
    public async Task Upload_WithAnUnreadableTimestampInTheActivityPart_Is400NamingTheField()
    {
        var (conversationId, token, _) = await _client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("", "up-1");
        activity["timestamp"] = "yesterday";
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent("hello"u8.ToArray());
        filePart.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(filePart, "file", "notes.txt");

        using var response = await _host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/upload?userId=dl_ada", token, form));

        await AssertRefusedAsync(response, "timestamp", conversationId, token);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string field, string conversationId, string token)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        Assert.Contains(field, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Bot.Received, a => a.Type is "message");
        var (activities, _) = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Empty(activities);
    }
}
