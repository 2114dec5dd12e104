using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>Reading the bot's activities as a user sees them: text, the Adaptive Card, a button's data.</summary>
public static class Cards
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>The activity's text and its card's JSON, for "does the user see X" checks.</summary>
    public static string Seen(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity["text"]?.GetValue<string>() ?? "") + " " + (CardOf(activity)?.ToJsonString() ?? "");
    }

    public static JsonObject? CardOf(JsonObject activity) =>
        activity["attachments"]?.AsArray().OfType<JsonObject>()
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == AdaptiveCard)?["content"] as JsonObject;

    /// <summary>The data of the button with <paramref name="action"/> on the newest card that has one.</summary>
    public static JsonObject DataOf(IEnumerable<JsonObject> activities, string action)
    {
        foreach (var activity in activities.Reverse())
        {
            if (CardOf(activity) is { } card && Find(card, action) is { } data)
            {
                return (JsonObject)data.DeepClone();
            }
        }

        throw new Xunit.Sdk.XunitException($"No card with a '{action}' button among: " + string.Join(" | ", activities.Select(Seen)));
    }

    /// <summary>The replies contain, in this order, one that shows each of <paramref name="expected"/>.</summary>
    public static void AssertSays(IReadOnlyList<JsonObject> replies, params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var at = 0;
        foreach (var part in expected)
        {
            while (at < replies.Count && !Seen(replies[at]).Contains(part, StringComparison.Ordinal))
            {
                at++;
            }

            Assert.True(at < replies.Count, $"Expected a reply with \"{part}\" (in order {string.Join(", ", expected)}), got: " + string.Join(" | ", replies.Select(Seen)));
            at++;
        }
    }

    private static JsonObject? Find(JsonNode? node, string action) => node switch
    {
        JsonObject o when o["data"] is JsonObject data && data["action"]?.GetValue<string>() == action => data,
        JsonObject o => o.Select(p => Find(p.Value, action)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(item => Find(item, action)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
