using System.Text.Json;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// Writes an <see cref="Activity"/> (and the schema types inside it) straight to a <see cref="Utf8JsonWriter"/>: exactly the
/// JSON the serializer writes for it with <see cref="BotJson.Options"/> (camelCase, members in declaration order, nulls left
/// out, unknown fields last), with pre-encoded names and no serializer frame per member. Every reply, kept prompt and
/// Connector call writes activities, and most of their ~40 members are null. Tests compare it with the reflection
/// serializer for every member; a member added to a schema type must be added here too.
/// </summary>
internal static partial class ActivityJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        String(writer, Type, value.Type);
        String(writer, Id, value.Id);
        if (value.Timestamp is { } timestamp)
        {
            writer.WritePropertyName(Timestamp);
            Timestamps.Write(writer, timestamp, options);
        }

        if (value.LocalTimestamp is { } localTimestamp)
        {
            writer.WriteString(LocalTimestamp, localTimestamp);
        }

        String(writer, LocalTimezone, value.LocalTimezone);
        String(writer, ServiceUrl, value.ServiceUrl);
        String(writer, ChannelId, value.ChannelId);
        Account(writer, From, value.From, options);
        ConversationMember(writer, value.Conversation);
        Account(writer, Recipient, value.Recipient, options);
        String(writer, TextFormat, value.TextFormat);
        String(writer, AttachmentLayout, value.AttachmentLayout);
        Array(writer, MembersAdded, value.MembersAdded, AccountValue, options);
        Array(writer, MembersRemoved, value.MembersRemoved, AccountValue, options);
        Array(writer, ReactionsAdded, value.ReactionsAdded, ReactionValue, options);
        Array(writer, ReactionsRemoved, value.ReactionsRemoved, ReactionValue, options);
        String(writer, TopicName, value.TopicName);
        if (value.HistoryDisclosed is { } historyDisclosed)
        {
            writer.WriteBoolean(HistoryDisclosed, historyDisclosed);
        }

        String(writer, Locale, value.Locale);
        String(writer, Text, value.Text);
        String(writer, Speak, value.Speak);
        String(writer, InputHint, value.InputHint);
        String(writer, Summary, value.Summary);
        if (value.SuggestedActions is { } suggested)
        {
            writer.WritePropertyName(SuggestedActions);
            writer.WriteStartObject();
            Strings(writer, To, suggested.To);
            Array(writer, Actions, suggested.Actions, CardActionValue, options);

            Extensions(writer, suggested.Properties);
            writer.WriteEndObject();
        }

        Array(writer, Attachments, value.Attachments, AttachmentValue, options);
        Array(writer, Entities, value.Entities, EntityValue, options);

        Node(writer, ChannelData, value.ChannelData, options);
        String(writer, Action, value.Action);
        String(writer, ReplyToId, value.ReplyToId);
        String(writer, Label, value.Label);
        String(writer, ValueType, value.ValueType);
        Node(writer, Value, value.Value, options);
        String(writer, Name, value.Name);
        if (value.RelatesTo is { } relatesTo)
        {
            writer.WritePropertyName(RelatesTo);
            writer.WriteStartObject();
            String(writer, ActivityId, relatesTo.ActivityId);
            Account(writer, User, relatesTo.User, options);
            Account(writer, Bot, relatesTo.Bot, options);
            ConversationMember(writer, relatesTo.Conversation);
            String(writer, ChannelId, relatesTo.ChannelId);
            String(writer, Locale, relatesTo.Locale);
            String(writer, ServiceUrl, relatesTo.ServiceUrl);
            Extensions(writer, relatesTo.Properties);
            writer.WriteEndObject();
        }

        String(writer, Code, value.Code);
        if (value.Expiration is { } expiration)
        {
            writer.WritePropertyName(Expiration);
            Timestamps.Write(writer, expiration, options);
        }

        String(writer, Importance, value.Importance);
        String(writer, DeliveryMode, value.DeliveryMode);
        Strings(writer, ListenFor, value.ListenFor);
        Node(writer, TextHighlights, value.TextHighlights, options);
        Node(writer, SemanticAction, value.SemanticAction, options);
        String(writer, CallerId, value.CallerId);
        Extensions(writer, value.Properties);
        writer.WriteEndObject();
    }
}
