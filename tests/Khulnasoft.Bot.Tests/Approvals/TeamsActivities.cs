using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>Teams-shaped activities as the channel POSTs them (protocol doc §5.1, §5.3), and card lookups.</summary>
public static class TeamsActivities
{
    /// <summary>An <c>adaptiveCard/action</c> invoke: a click on Action.Execute (or a refresh, <paramref name="trigger"/> automatic).</summary>
    public static JsonObject Execute(string serviceUrl, string conversationId, string aadObjectId, string name, string verb, JsonObject data, string? replyToId, string trigger = "manual")
    {
        var activity = Base("invoke", serviceUrl, conversationId, aadObjectId, name);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = Guid.NewGuid().ToString("N"), ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = trigger,
        };
        return activity;
    }

    /// <summary>A plain message typed by the user.</summary>
    public static JsonObject Message(string serviceUrl, string conversationId, string aadObjectId, string name, string text)
    {
        var activity = Base("message", serviceUrl, conversationId, aadObjectId, name);
        activity["text"] = text;
        return activity;
    }

    /// <summary>The first Action.Execute with <paramref name="verb"/> anywhere in the card (ShowCard sub-cards included).</summary>
    public static JsonObject? FindExecute(JsonNode? node, string verb) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb => o,
        JsonObject o => o.Select(p => FindExecute(p.Value, verb)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(i => FindExecute(i, verb)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>The first Action.Submit whose <c>data.action</c> is <paramref name="action"/>.</summary>
    public static JsonObject? FindSubmit(JsonNode? node, string action) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["action"]?.GetValue<string>() == action => o,
        JsonObject o => o.Select(p => FindSubmit(p.Value, action)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(i => FindSubmit(i, action)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>Every text of the card's TextBlocks, joined (for "what does it say" assertions).</summary>
    public static string TextOf(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]?.GetValue<string>() + "\n",
        JsonObject o => string.Concat(o.Select(p => TextOf(p.Value))),
        JsonArray a => string.Concat(a.Select(TextOf)),
        _ => "",
    };

    private static JsonObject Base(string type, string serviceUrl, string conversationId, string aadObjectId, string name) => new()
    {
        ["type"] = type,
        ["id"] = "teams-" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-29T10:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:local-bot", ["name"] = "Khulnasoft" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = DemoUsers.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUsers.Tenant } },
        ["locale"] = "en-US",
    };
}
