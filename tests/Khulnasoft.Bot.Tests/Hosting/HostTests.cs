using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>The real host over real HTTP: health endpoints, the placeholder bot, and the Production guard.</summary>
public sealed class HostTests(BotTestHost factory) : IClassFixture<BotTestHost>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_AnswerHealthy(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConversationUpdate_GreetsTheNewMemberButNotTheBot()
    {
        var activity = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "c-1",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = "conv-1" },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-1" }),
        };

        var replies = await PostExpectRepliesAsync(activity);

        var reply = Assert.Single(replies);
        Assert.Equal(KhulnasoftActivityHandler.Greeting, reply.Text);
        Assert.Equal("user-1", reply.Recipient?.Id);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var actions = card.Content!["actions"]!.AsArray().Select(a => a!["data"]!["action"]!.GetValue<string>());
        Assert.Equal(["deletion.start", "deletion.status", "help"], actions);
    }

    [Fact]
    public async Task HelpButtonOfTheWelcomeCard_ExplainsWhatTheBotCanDo()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m-2",
            ["channelId"] = "directline",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = "conv-3" },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["value"] = new JsonObject { ["action"] = "help" },
            ["channelData"] = new JsonObject { ["postBack"] = true },
        };

        var replies = await PostExpectRepliesAsync(activity);

        Assert.Equal(KhulnasoftActivityHandler.Help, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task CardSubmitWithANonTextAction_GetsTheFallbackNotAnError()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m-3",
            ["channelId"] = "directline",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = "conv-4" },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["value"] = new JsonObject { ["action"] = 42 },
        };

        var replies = await PostExpectRepliesAsync(activity);

        Assert.Equal(KhulnasoftActivityHandler.Fallback, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Help_ExplainsWhatTheBotCanDo()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m-1",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = "conv-2" },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["text"] = " Help ",
        };

        var replies = await PostExpectRepliesAsync(activity);

        Assert.Equal(KhulnasoftActivityHandler.Help, Assert.Single(replies).Text);
        Assert.Contains("delete your Khulnasoft account", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagingEndpoint_RefusesBadInputWithProblemJson()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<Activity>> PostExpectRepliesAsync(JsonObject activity)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), BotJson.Options)!.Activities;
    }
}
