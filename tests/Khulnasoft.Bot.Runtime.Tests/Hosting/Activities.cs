using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>Incoming activities as channels send them, as JSON text.</summary>
public static class Activities
{
    public const string TeamsConversationId = "a:1xYz;messageid=17/x?y";
    public const string TeamsActivityId = "1712345678901";

    public static JsonObject TeamsMessage(string serviceUrl, string text, string? deliveryMode = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = TeamsActivityId,
            ["timestamp"] = "2025-05-02T09:30:11.123Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:1AbC", ["name"] = "Dana Admin", ["aadObjectId"] = "6f1c-e2" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot-app-id", ["name"] = "Khulnasoft Bot" },
            ["conversation"] = new JsonObject { ["id"] = TeamsConversationId, ["conversationType"] = "personal", ["tenantId"] = "72f9-db47" },
            ["text"] = text,
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f9-db47" } },
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity;
    }

    public static JsonObject DirectLineConversationUpdate(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "Kx9q2|0000000",
        ["channelId"] = "directline",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "dl_5b0e" },
        ["recipient"] = new JsonObject { ["id"] = "khulnasoft-bot@Ab12", ["name"] = "Khulnasoft Bot" },
        ["conversation"] = new JsonObject { ["id"] = "Kx9q2" },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "khulnasoft-bot@Ab12", ["name"] = "Khulnasoft Bot" },
            new JsonObject { ["id"] = "dl_5b0e" }),
    };

    public static JsonObject ExecuteInvoke(string serviceUrl, JsonNode? value) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:123",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["replyToId"] = "1712345699999",
        ["from"] = new JsonObject { ["id"] = "29:approver" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot-app-id" },
        ["conversation"] = new JsonObject { ["id"] = "19:abc@thread.v2", ["conversationType"] = "groupChat" },
        ["value"] = value,
    };

    public static JsonObject ExecuteValue(string verb) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["requestId"] = "req_42" } },
        ["trigger"] = "manual",
    };
}
