using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Everything needed to send into a conversation later (proactive messages). Persist it (A2304).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal ConversationReference Copy()
    {
        var copy = (ConversationReference)MemberwiseClone();
        copy.User = User?.Copy();
        copy.Bot = Bot?.Copy();
        copy.Conversation = Conversation?.Copy();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
