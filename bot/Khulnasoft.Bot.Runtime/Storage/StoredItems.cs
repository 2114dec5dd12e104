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
    public static JsonElement ToElement(ReadOnlySpan<byte> json, string eTag) => Parse(WithETag(json, eTag));

    /// <summary>A fresh element of JSON made by <see cref="WithETag"/> (the bytes are copied into the element's document).</summary>
    public static JsonElement Parse(ReadOnlySpan<byte> jsonWithETag)
    {
        var reader = new Utf8JsonReader(jsonWithETag);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The stored JSON object with <c>"eTag":"…"</c> as its first member.</summary>
    public static byte[] WithETag(ReadOnlySpan<byte> json, string eTag)
    {
        ArgumentNullException.ThrowIfNull(eTag);
        json = json.Trim(" \t\r\n"u8);
        if (json.Length < 2 || json[0] != (byte)'{')
        {
            throw new JsonException("A stored item must be a JSON object.");
        }

        var members = json[1..].TrimStart(" \t\r\n"u8);
        var separator = members[0] == (byte)'}' ? 0 : 1;

        // Our ETags (a counter, a GUID) need no escaping; anything else is encoded.
        var encoded = IsPlainToken(eTag) ? null : JsonEncodedText.Encode(eTag).EncodedUtf8Bytes.ToArray();
        var eTagLength = encoded?.Length ?? eTag.Length;
        var result = new byte[ETagPrefix.Length + eTagLength + 2 + separator + members.Length];
        var span = result.AsSpan();
        ETagPrefix.CopyTo(span);
        span = span[ETagPrefix.Length..];
        span[0] = (byte)'"';
        if (encoded is null)
        {
            for (var i = 0; i < eTag.Length; i++)
            {
                span[i + 1] = (byte)eTag[i];
            }
        }
        else
        {
            encoded.CopyTo(span[1..]);
        }

        span[eTagLength + 1] = (byte)'"';
        span = span[(eTagLength + 2)..];
        if (separator == 1)
        {
            span[0] = (byte)',';
            span = span[1..];
        }

        members.CopyTo(span);
        return result;
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

    /// <summary>
    /// A fresh ETag: 128 random bits as 32 hex digits (the same shape as before, a GUID without dashes). It only has
    /// to differ from every other version of the key, not be unguessable, so it comes from the thread-local generator
    /// of <see cref="System.Diagnostics.ActivityTraceId"/> rather than a system call per write.
    /// </summary>
    public static string NewETag() => System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
}
