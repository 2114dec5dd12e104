using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Writes <c>timestamp</c>-like fields as UTC with a <c>Z</c> suffix (A2043); reads any ISO-8601 form.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => false;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // A JsonException (not the FormatException of Parse) gets the field's path from the serializer, so the
        // endpoint can answer 400 naming the field.
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be an ISO-8601 string.");
        }

        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new JsonException("A date must be an ISO-8601 string.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
