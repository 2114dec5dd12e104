using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>A reaction in <see cref="Activity.ReactionsAdded"/> / <see cref="Activity.ReactionsRemoved"/>.</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal MessageReaction Copy()
    {
        var copy = (MessageReaction)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
