using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The schema types inside an activity (accounts, conversations, reactions, entities, card actions, attachments) and the member helpers.</summary>
internal static partial class ActivityJsonWriter
{
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
