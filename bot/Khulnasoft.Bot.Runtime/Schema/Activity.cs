using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire (camelCase JSON, nulls omitted).
/// Mutable like the SDK's <c>Activity</c>, because the turn pipeline fills in routing fields before sending.
/// Fields we don't model are kept in <see cref="Properties"/> so they survive a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<MessageReaction>? ReactionsAdded { get; set; }
    public List<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }

    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public List<string>? ListenFor { get; set; }
    public JsonNode? TextHighlights { get; set; }
    public JsonNode? SemanticAction { get; set; }

    /// <summary>Set by the adapter after authentication; never read from the wire (A2251).</summary>
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A new message activity with the given text.</summary>
    public static Activity CreateMessageActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A new event activity with the given name and optional value.</summary>
    public static Activity CreateEventActivity(string name, JsonNode? value = null) =>
        new() { Type = ActivityTypes.Event, Name = name, Value = value };

    /// <summary>
    /// A deep copy: nested objects, lists and JSON values are copied, so nothing mutable is shared with the original
    /// (<see cref="JsonElement"/>s in <see cref="Properties"/> are immutable and shared). Prompts clone their activities
    /// on every send, so this is a field-by-field copy, not a trip through the wire format.
    /// </summary>
    public Activity Clone()
    {
        var copy = (Activity)MemberwiseClone();
        copy.From = From?.Copy();
        copy.Conversation = Conversation?.Copy();
        copy.Recipient = Recipient?.Copy();
        copy.MembersAdded = SchemaCopy.Of(MembersAdded, static m => m.Copy());
        copy.MembersRemoved = SchemaCopy.Of(MembersRemoved, static m => m.Copy());
        copy.ReactionsAdded = SchemaCopy.Of(ReactionsAdded, static r => r.Copy());
        copy.ReactionsRemoved = SchemaCopy.Of(ReactionsRemoved, static r => r.Copy());
        copy.SuggestedActions = SuggestedActions?.Copy();
        copy.Attachments = SchemaCopy.Of(Attachments, static a => a.Copy());
        copy.Entities = SchemaCopy.Of(Entities, static e => e.Copy());
        copy.ChannelData = ChannelData?.DeepClone();
        copy.Value = Value?.DeepClone();
        copy.RelatesTo = RelatesTo?.Copy();
        copy.ListenFor = ListenFor is null ? null : [.. ListenFor];
        copy.TextHighlights = TextHighlights?.DeepClone();
        copy.SemanticAction = SemanticAction?.DeepClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }

    /// <summary>True when <see cref="Type"/> equals <paramref name="type"/> (ordinal, case-insensitive like the SDK).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
