using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>How every store turns values into stored JSON and back: the ETag lives beside the JSON, never inside it.</summary>
internal static class StoredItems
{
    /// <summary>The JSON to store (without <c>eTag</c>) and the ETag the write must match (null: unconditional).</summary>
    public static (string Json, string? ExpectedETag) Serialize(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), StorageJson.Options) as JsonObject
            ?? throw new ArgumentException($"The value for '{key}' must serialize to a JSON object.", nameof(value));
        node.Remove("eTag");
        var expected = value is IStoreItem { ETag: { Length: > 0 } eTag } && eTag != "*" ? eTag : null;
        return (node.ToJsonString(StorageJson.Options), expected);
    }

    /// <summary>A fresh <see cref="JsonElement"/> of the stored JSON with its ETag as <c>eTag</c> (a copy: callers can't change storage).</summary>
    public static JsonElement ToElement(string json, string eTag)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["eTag"] = eTag;
        return JsonSerializer.SerializeToElement(node, StorageJson.Options);
    }

    public static string NewETag() => Guid.NewGuid().ToString("N");
}
