using System.Text;
using System.Text.Json;

namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>
/// The texts of an expectReplies answer (<c>{"activities":[{…,"text":"…"},…]}</c>), concatenated in order, read with a
/// <see cref="Utf8JsonReader"/> (no document is built). A body that is not such an answer is a <see cref="JsonException"/>.
/// </summary>
public static class ReplyTexts
{
    public static string Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The answer is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isActivities = reader.ValueTextEquals("activities"u8);
            reader.Read();
            if (!isActivities)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("The answer's activities are not an array.");
            }

            return Texts(ref reader);
        }

        throw new JsonException("The answer has no activities.");
    }

    private static string Texts(ref Utf8JsonReader reader)
    {
        string? single = null;
        StringBuilder? several = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isText && reader.TokenType == JsonTokenType.String)
                {
                    var text = reader.GetString()!;
                    if (single is null && several is null)
                    {
                        single = text;
                    }
                    else
                    {
                        (several ??= new StringBuilder(single)).Append(text);
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("An activity in the answer is not a JSON object.");
        }

        return several?.ToString() ?? single ?? string.Empty;
    }
}
