using System.Text.Json;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>A state bag loaded for one turn: typed values (or raw JSON until first read), its ETag and a hash to detect changes.</summary>
public sealed class CachedBotState
{
    internal CachedBotState(Dictionary<string, object> values, string? eTag)
    {
        Values = values;
        ETag = eTag;
        Hash = ComputeHash(values);
    }

    /// <summary>Property values: <see cref="JsonElement"/> until first read, then the typed object.</summary>
    public Dictionary<string, object> Values { get; }

    public string? ETag { get; internal set; }

    internal string Hash { get; set; }

    internal bool IsChanged() => !string.Equals(Hash, ComputeHash(Values), StringComparison.Ordinal);

    internal static string ComputeHash(Dictionary<string, object> values) =>
        JsonSerializer.Serialize(values, StorageJson.Options);
}
