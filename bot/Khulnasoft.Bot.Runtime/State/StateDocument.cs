using System.Text.Json;
using System.Text.Json.Serialization;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>How a <see cref="BotState"/> is stored: a property bag (<c>{"DialogState": {...}, ...}</c>) plus its ETag.</summary>
/// <remarks>
/// A document made by <see cref="BotState.GetChanges"/> already holds its serialized bag, which the stores write as
/// it is (the state is serialized once per save). Reading <see cref="Values"/> turns it into elements; from then on
/// the dictionary is what gets written.
/// </remarks>
public sealed class StateDocument : IStoreItem
{
    private Dictionary<string, JsonElement>? _values;
    private byte[]? _serialized;
    private Dictionary<string, CachedBotState.StoredJson>? _serializedMembers;

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Values
    {
        get
        {
            if (_values is null)
            {
                _values = _serialized is null ? new(StringComparer.Ordinal) : Parse(_serialized);
                _serialized = null;
                _serializedMembers = null;
            }

            return _values;
        }

        set
        {
            _values = value ?? throw new ArgumentNullException(nameof(value));
            _serialized = null;
            _serializedMembers = null;
        }
    }

    /// <summary>The serialized bag (a JSON object without <c>eTag</c>) while <see cref="Values"/> has not been read.</summary>
    internal byte[]? Serialized => _serialized;

    /// <summary>Each member's JSON within <see cref="Serialized"/> (null once <see cref="Values"/> was read).</summary>
    internal Dictionary<string, CachedBotState.StoredJson>? SerializedMembers => _serializedMembers;

    /// <summary>A document whose bag is already serialized (UTF-8 JSON object, no <c>eTag</c> member).</summary>
    internal static StateDocument FromSerialized(string? eTag, byte[] json, Dictionary<string, CachedBotState.StoredJson> members) =>
        new() { ETag = eTag, _serialized = json, _serializedMembers = members };

    private static Dictionary<string, JsonElement> Parse(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var root = JsonElement.ParseValue(ref reader);
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return values;
    }
}
