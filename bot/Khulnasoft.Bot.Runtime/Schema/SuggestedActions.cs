using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Buttons shown next to the input box; an empty <see cref="To"/> means everyone.</summary>
public sealed class SuggestedActions
{
    public SuggestedActions() { }

    public SuggestedActions(IEnumerable<CardAction> actions, IEnumerable<string>? to = null)
    {
        Actions = [.. actions];
        To = to is null ? null : [.. to];
    }

    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal SuggestedActions Copy()
    {
        var copy = (SuggestedActions)MemberwiseClone();
        copy.To = To is null ? null : [.. To];
        copy.Actions = SchemaCopy.Of(Actions, static a => a.Copy());
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
