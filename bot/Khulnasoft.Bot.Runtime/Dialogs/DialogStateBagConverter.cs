using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// Writes a state bag by each value's runtime type and reads it back as plain CLR values, so that dialog state
/// survives a round trip through any storage without type names in the payload.
/// </summary>
public sealed class DialogStateBagConverter : JsonConverter<Dictionary<string, object?>>
{
    public override Dictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Straight from the reader (no intermediate document): the same values ToClr gives for the same JSON.
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog state bag must be a JSON object.");
        }

        return (Dictionary<string, object?>)DialogValueExtensions.ReadClr(ref reader)!;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, item, item.GetType(), options);
            }
        }

        writer.WriteEndObject();
    }
}
