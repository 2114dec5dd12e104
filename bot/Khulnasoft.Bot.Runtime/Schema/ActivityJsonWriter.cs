using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// Writes an <see cref="Activity"/> (and the schema types inside it) straight to a <see cref="Utf8JsonWriter"/>: exactly the
/// JSON the serializer writes for it with <see cref="BotJson.Options"/> (camelCase, members in declaration order, nulls left
/// out, unknown fields last), with pre-encoded names and no serializer frame per member. Every reply, kept prompt and
/// Connector call writes activities, and most of their ~40 members are null. Tests compare it with the reflection
/// serializer for every member; a member added to a schema type must be added here too.
/// </summary>
internal static class ActivityJsonWriter
{
    private static readonly UtcTimestampConverter Timestamps = new();

    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText LocalTimestamp = JsonEncodedText.Encode("localTimestamp");
    private static readonly JsonEncodedText LocalTimezone = JsonEncodedText.Encode("localTimezone");
    private static readonly JsonEncodedText ServiceUrl = JsonEncodedText.Encode("serviceUrl");
    private static readonly JsonEncodedText ChannelId = JsonEncodedText.Encode("channelId");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText Conversation = JsonEncodedText.Encode("conversation");
    private static readonly JsonEncodedText Recipient = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText TextFormat = JsonEncodedText.Encode("textFormat");
    private static readonly JsonEncodedText AttachmentLayout = JsonEncodedText.Encode("attachmentLayout");
    private static readonly JsonEncodedText MembersAdded = JsonEncodedText.Encode("membersAdded");
    private static readonly JsonEncodedText MembersRemoved = JsonEncodedText.Encode("membersRemoved");
    private static readonly JsonEncodedText ReactionsAdded = JsonEncodedText.Encode("reactionsAdded");
    private static readonly JsonEncodedText ReactionsRemoved = JsonEncodedText.Encode("reactionsRemoved");
    private static readonly JsonEncodedText TopicName = JsonEncodedText.Encode("topicName");
    private static readonly JsonEncodedText HistoryDisclosed = JsonEncodedText.Encode("historyDisclosed");
    private static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Speak = JsonEncodedText.Encode("speak");
    private static readonly JsonEncodedText InputHint = JsonEncodedText.Encode("inputHint");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText SuggestedActions = JsonEncodedText.Encode("suggestedActions");
    private static readonly JsonEncodedText Attachments = JsonEncodedText.Encode("attachments");
    private static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText ChannelData = JsonEncodedText.Encode("channelData");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText ReplyToId = JsonEncodedText.Encode("replyToId");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText ValueType = JsonEncodedText.Encode("valueType");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RelatesTo = JsonEncodedText.Encode("relatesTo");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Expiration = JsonEncodedText.Encode("expiration");
    private static readonly JsonEncodedText Importance = JsonEncodedText.Encode("importance");
    private static readonly JsonEncodedText DeliveryMode = JsonEncodedText.Encode("deliveryMode");
    private static readonly JsonEncodedText ListenFor = JsonEncodedText.Encode("listenFor");
    private static readonly JsonEncodedText TextHighlights = JsonEncodedText.Encode("textHighlights");
    private static readonly JsonEncodedText SemanticAction = JsonEncodedText.Encode("semanticAction");
    private static readonly JsonEncodedText CallerId = JsonEncodedText.Encode("callerId");
    private static readonly JsonEncodedText AadObjectId = JsonEncodedText.Encode("aadObjectId");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText IsGroup = JsonEncodedText.Encode("isGroup");
    private static readonly JsonEncodedText ConversationType = JsonEncodedText.Encode("conversationType");
    private static readonly JsonEncodedText TenantId = JsonEncodedText.Encode("tenantId");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Image = JsonEncodedText.Encode("image");
    private static readonly JsonEncodedText ImageAltText = JsonEncodedText.Encode("imageAltText");
    private static readonly JsonEncodedText DisplayText = JsonEncodedText.Encode("displayText");
    private static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText ContentUrl = JsonEncodedText.Encode("contentUrl");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText ThumbnailUrl = JsonEncodedText.Encode("thumbnailUrl");
    private static readonly JsonEncodedText ActivityId = JsonEncodedText.Encode("activityId");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText Bot = JsonEncodedText.Encode("bot");

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

    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    private static void Node(Utf8JsonWriter writer, JsonEncodedText name, JsonNode? value, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer, options);
        }
    }

    private static void Extensions(Utf8JsonWriter writer, Dictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, List<T>? items, Action<Utf8JsonWriter, T, JsonSerializerOptions> write, JsonSerializerOptions options)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    private static void Account(Utf8JsonWriter writer, JsonEncodedText name, ChannelAccount? account, JsonSerializerOptions options)
    {
        if (account is not null)
        {
            writer.WritePropertyName(name);
            AccountValue(writer, account, options);
        }
    }

    private static void AccountValue(Utf8JsonWriter writer, ChannelAccount? account, JsonSerializerOptions options)
    {
        if (account is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        String(writer, Id, account.Id);
        String(writer, Name, account.Name);
        String(writer, AadObjectId, account.AadObjectId);
        String(writer, Role, account.Role);
        Extensions(writer, account.Properties);
        writer.WriteEndObject();
    }

    private static void ConversationMember(Utf8JsonWriter writer, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        writer.WritePropertyName(Conversation);
        writer.WriteStartObject();
        String(writer, Id, conversation.Id);
        String(writer, Name, conversation.Name);
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WriteBoolean(IsGroup, isGroup);
        }

        String(writer, ConversationType, conversation.ConversationType);
        String(writer, TenantId, conversation.TenantId);
        String(writer, AadObjectId, conversation.AadObjectId);
        String(writer, Role, conversation.Role);
        Extensions(writer, conversation.Properties);
        writer.WriteEndObject();
    }

    private static void ReactionValue(Utf8JsonWriter writer, MessageReaction? reaction, JsonSerializerOptions options)
    {
        if (reaction is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        String(writer, Type, reaction.Type);
        Extensions(writer, reaction.Properties);
        writer.WriteEndObject();
    }

    private static void EntityValue(Utf8JsonWriter writer, Entity? entity, JsonSerializerOptions options)
    {
        if (entity is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        String(writer, Type, entity.Type);
        Extensions(writer, entity.Properties);
        writer.WriteEndObject();
    }

    /// <summary>A card action (suggested actions, choices' buttons).</summary>
    internal static void CardActionValue(Utf8JsonWriter writer, CardAction? action, JsonSerializerOptions options)
    {
        if (action is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        String(writer, Type, action.Type);
        String(writer, Title, action.Title);
        String(writer, Image, action.Image);
        String(writer, ImageAltText, action.ImageAltText);
        String(writer, Text, action.Text);
        String(writer, DisplayText, action.DisplayText);
        Node(writer, Value, action.Value, options);
        Node(writer, ChannelData, action.ChannelData, options);
        Extensions(writer, action.Properties);
        writer.WriteEndObject();
    }

    private static void AttachmentValue(Utf8JsonWriter writer, Attachment? attachment, JsonSerializerOptions options)
    {
        if (attachment is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        String(writer, ContentType, attachment.ContentType);
        String(writer, ContentUrl, attachment.ContentUrl);
        Node(writer, Content, attachment.Content, options);
        String(writer, Name, attachment.Name);
        String(writer, ThumbnailUrl, attachment.ThumbnailUrl);
        Extensions(writer, attachment.Properties);
        writer.WriteEndObject();
    }
}
