using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>A clickable action (suggested action or hero card button); see <see cref="ActionTypes"/>.</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string? title = null, JsonNode? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal CardAction Copy()
    {
        var copy = (CardAction)MemberwiseClone();
        copy.Value = Value?.DeepClone();
        copy.ChannelData = ChannelData?.DeepClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
