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
        return ReadBag(ref reader);
    }

    /// <summary>Reads a bag straight from the reader (no intermediate document): the same values ToClr gives for the same JSON.</summary>
    internal static Dictionary<string, object?> ReadBag(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog state bag must be a JSON object.");
        }

        return (Dictionary<string, object?>)DialogValueExtensions.ReadClr(ref reader)!;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options) =>
        WriteBag(writer, value, options);

    internal static void WriteBag(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a bag value. The plain shapes a reload produces are written directly (the same JSON the serializer
    /// writes for them, without starting a nested serialization per value); anything else by its runtime type.
    /// </summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? item, JsonSerializerOptions options)
    {
        switch (item)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case Dictionary<string, object?> bag:
                writer.WriteStartObject();
                foreach (var (key, nested) in bag)
                {
                    writer.WritePropertyName(options.DictionaryKeyPolicy?.ConvertName(key) ?? key);
                    WriteValue(writer, nested, options);
                }

                writer.WriteEndObject();
                break;
            case DialogState state:
                DialogStateConverter.WriteState(writer, state, options);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var nested in list)
                {
                    WriteValue(writer, nested, options);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, item, item.GetType(), options);
                break;
        }
    }
}
