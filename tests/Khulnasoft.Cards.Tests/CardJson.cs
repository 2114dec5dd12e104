using System.Text.Json.Nodes;

namespace Khulnasoft.Cards.Tests;

/// <summary>Walks card JSON: every action (body ActionSets, card actions, ShowCard cards, selectActions), every
/// element, every text.</summary>
internal static class CardJson
{
    /// <summary>Actions a user can click (fallbacks and the refresh action are reported separately).</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject card)
    {
        foreach (var node in Objects(card))
        {
            if (node.Parent is JsonArray { Parent: JsonObject owner } array
                && owner["actions"] == array
                && (string?)node["type"] is { } type && type.StartsWith("Action.", StringComparison.Ordinal))
            {
                yield return node;
            }
        }
    }

    /// <summary>Every JSON object in the tree, the root first (fallback objects and refresh included).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonObject card, string type) =>
        Objects(card).Where(o => (string?)o["type"] == type);

    public static string AllText(JsonObject card) => string.Join(
        "\n",
        Objects(card).SelectMany(o => new[] { (string?)StringOrNull(o["text"]), StringOrNull(o["title"]), StringOrNull(o["value"]) }).OfType<string>());

    private static string? StringOrNull(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
