using System.Text.Json;
using System.Text.Json.Serialization;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>How a <see cref="BotState"/> is stored: a property bag (<c>{"DialogState": {...}, ...}</c>) plus its ETag.</summary>
public sealed class StateDocument : IStoreItem
{
    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Values { get; set; } = new(StringComparer.Ordinal);
}
