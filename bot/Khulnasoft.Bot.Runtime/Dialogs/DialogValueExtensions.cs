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
        _ => StorageExtensions.ConvertTo<T>(value is JsonElement ? value : JsonSerializer.SerializeToElement(value, value.GetType(), StorageJson.Options)),
    };

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
