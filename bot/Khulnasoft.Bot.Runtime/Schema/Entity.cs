using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// An entity attached to an activity (<c>mention</c>, <c>clientInfo</c>, Web Chat's <c>ClientCapabilities</c>, …).
/// Only <see cref="Type"/> is modelled; everything else lives in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    public Entity() { }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A string property of the entity, or null.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal Entity Copy()
    {
        var copy = (Entity)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
