using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.State;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>How every store turns values into stored JSON and back: the ETag lives beside the JSON, never inside it.</summary>
internal static class StoredItems
{
    private static readonly byte[] ETagPrefix = "{\"eTag\":"u8.ToArray();

    /// <summary>
    /// The UTF-8 JSON to store (without <c>eTag</c>) and the ETag the write must match (null: unconditional).
    /// A <see cref="StateDocument"/> from <see cref="BotState.GetChanges"/> is already serialized: its bytes are used as they are.
    /// </summary>
    public static (byte[] Json, string? ExpectedETag) Serialize(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var expected = value is IStoreItem { ETag: { Length: > 0 } eTag } && eTag != "*" ? eTag : null;
        if (value is StateDocument { Serialized: { } serialized })
        {
            return (serialized, expected);
        }

        var node = JsonSerializer.SerializeToNode(value, value.GetType(), StorageJson.Options) as JsonObject
            ?? throw new ArgumentException($"The value for '{key}' must serialize to a JSON object.", nameof(value));
        node.Remove("eTag");
        return (JsonSerializer.SerializeToUtf8Bytes(node, StorageJson.Options), expected);
    }

    /// <summary>
    /// A fresh <see cref="JsonElement"/> of the stored JSON object with its ETag as <c>eTag</c> (a copy: callers
    /// can't change storage). One parse: the ETag is spliced in front of the stored object's members.
    /// </summary>
    public static JsonElement ToElement(ReadOnlySpan<byte> json, string eTag)
    {
        ArgumentNullException.ThrowIfNull(eTag);
        json = json.Trim(" \t\r\n"u8);
        if (json.Length < 2 || json[0] != (byte)'{')
        {
            throw new JsonException("A stored item must be a JSON object.");
        }

        var members = json[1..].TrimStart(" \t\r\n"u8);
        var buffer = new ArrayBufferWriter<byte>(json.Length + eTag.Length + 16);
        buffer.Write(ETagPrefix);
        if (IsPlainToken(eTag))
        {
            // Our ETags (a counter, a GUID) need no escaping: skip the writer.
            var span = buffer.GetSpan(eTag.Length + 2);
            span[0] = (byte)'"';
            for (var i = 0; i < eTag.Length; i++)
            {
                span[i + 1] = (byte)eTag[i];
            }

            span[eTag.Length + 1] = (byte)'"';
            buffer.Advance(eTag.Length + 2);
        }
        else
        {
            using var writer = new Utf8JsonWriter(buffer);
            writer.WriteStringValue(eTag);
        }

        if (members[0] != (byte)'}')
        {
            buffer.Write(","u8);
        }

        buffer.Write(members);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private static bool IsPlainToken(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same for JSON held as text (older callers and tests).</summary>
    public static JsonElement ToElement(string json, string eTag)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ToElement(System.Text.Encoding.UTF8.GetBytes(json), eTag);
    }

    public static string NewETag() => Guid.NewGuid().ToString("N");
}
