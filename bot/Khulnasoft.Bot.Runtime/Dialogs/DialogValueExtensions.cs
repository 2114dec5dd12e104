using System.Text.Json;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>Typed access to values kept in dialog state (waterfall values, options, prompt state).</summary>
public static class DialogValueExtensions
{
    /// <summary>
    /// The value under <paramref name="key"/> as <typeparamref name="T"/>: returned as is when it already has that
    /// type (same turn), otherwise converted through JSON (after a load from storage). Missing → default.
    /// </summary>
    public static T? GetValue<T>(this IDictionary<string, object?> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var value) ? ConvertTo<T>(value) : default;
    }

    /// <summary>Converts a state value (typed, plain CLR or JSON) to <typeparamref name="T"/>.</summary>
    public static T? ConvertTo<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        // A stack reloaded as plain values (a component's inner stack) is rebuilt around the same bags, no JSON round trip.
        Dictionary<string, object?> bag when typeof(T) == typeof(DialogState) && DialogState.TryFromBag(bag) is { } state => (T)(object)state,
        Dictionary<string, object?> or List<object?> => FromPlain<T>(value),
        _ => StorageExtensions.ConvertTo<T>(value),
    };

    /// <summary>Plain reloaded values (e.g. a prompt's options) to <typeparamref name="T"/>: written by the bag writer, read by the serializer.</summary>
    private static T? FromPlain<T>(object value)
    {
        using var buffer = new PooledBufferWriter(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DialogStateBagConverter.WriteValue(writer, value, StorageJson.Options);
        }

        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, StorageJson.Options);
    }

    /// <summary>
    /// Reads the value the reader is on as <see cref="ToClr"/> would return it, leaving the reader on its last token.
    /// The whole value must be in the reader's buffer (as it is for a converter's Read).
    /// </summary>
    internal static object? ReadClr(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = KnownText(ref reader) ?? reader.GetString()!;
                    reader.Read();
                    bag[name] = ReadClr(ref reader);
                }

                return bag;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadClr(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return KnownText(ref reader) ?? reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var i))
                {
                    return i;
                }

                if (reader.TryGetInt64(out var l))
                {
                    return l;
                }

                return reader.GetDouble();
            default:
                return null;
        }
    }

    /// <summary>
    /// The member names (and a few values) every dialog stack repeats, as shared strings: a reload then allocates a
    /// string only for what the bot itself stored.
    /// </summary>
    private static readonly string[] KnownTexts =
    [
        "id", "state", "dialogStack", "dialogs", "options", "values", "instanceId", "stepIndex", "AttemptCount",
        "prompt", "retryPrompt", "choices", "style", "validations", "template", "maxAttempts", "recognizeLanguage",
        "tooManyAttemptsMessage", "submitValueField", "type", "text", "speak", "inputHint", "value", "action",
        "synonyms", "locale", "message", "expectingInput", "acceptingInput", "ignoringInput",
    ];

    private static readonly byte[][] KnownUtf8 = [.. KnownTexts.Select(t => System.Text.Encoding.UTF8.GetBytes(t))];

    private static string? KnownText(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return null;
        }

        var span = reader.ValueSpan;
        for (var i = 0; i < KnownUtf8.Length; i++)
        {
            if (span.SequenceEqual(KnownUtf8[i]))
            {
                return KnownTexts[i];
            }
        }

        return null;
    }

    /// <summary>Turns JSON into plain CLR values: objects → Dictionary, arrays → List, numbers → int, long or double.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    bag[property.Name] = ToClr(property.Value);
                }

                return bag;
            case JsonValueKind.Array:
                var list = new List<object?>();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            default:
                return null;
        }
    }
}
