using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Tests.DirectLine;

/// <summary>
/// Activities a client got wrong are refused with 400 and a problem+json that names the field, before the bot runs
/// and before anything is appended to the conversation.
/// </summary>
public sealed class DirectLineBadInputTests : DirectLineHostTest
{

    [Theory]
    [InlineData("timestamp", "\"yesterday\"")]
    [InlineData("timestamp", "42")]
    [InlineData("expiration", "\"tomorrow-ish\"")]
    [InlineData("localTimestamp", "\"soon\"")]
    public async Task PostActivity_WithAnUnreadableDate_Is400NamingTheField(string field, string json)
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("hi", "c1");
        activity[field] = JsonNode.Parse(json);

        using var response = await Client.PostActivityAsync(conversationId, token, activity);

        await AssertRefusedAsync(response, field, conversationId, token);
    }

    [Fact]
    public async Task PostActivity_WithALoneSurrogateInValue_Is400NamingTheField()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("hi", "c1");
        activity["value"] = "VALUE";
        var json = activity.ToJsonString().Replace("\"VALUE\"", "{\"state\":\"\\ud800\"}", StringComparison.Ordinal);

        using var response = await Host.Http.SendAsync(DirectLineTestHost.Request(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            new StringContent(json, Encoding.UTF8, "application/json")));

        await AssertRefusedAsync(response, "value", conversationId, token);
    }

    [Fact]
    public async Task Upload_WithAnUnreadableTimestampInTheActivityPart_Is400NamingTheField()
    {
        var (conversationId, token, _) = await Client.StartConversationAsync("dl_ada");
        var activity = DirectLineTestClient.Message("", "up-1");
        activity["timestamp"] = "yesterday";

        using var response = await Client.UploadAsync(conversationId, token, activity, "hello"u8.ToArray(), "text/plain", "notes.txt");

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
        Assert.DoesNotContain(Host.Bot.Received, a => a.Type is "message");
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);
        Assert.Empty(activities);
    }
}
