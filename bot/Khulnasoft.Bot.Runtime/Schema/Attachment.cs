using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>A card (in <see cref="Content"/>) or a file (at <see cref="ContentUrl"/>); never both (A7100).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal Attachment Copy()
    {
        var copy = (Attachment)MemberwiseClone();
        copy.Content = Content?.DeepClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
