using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>JSON options for stored values: the wire options (camelCase, nulls omitted, case-insensitive reads).</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options => BotJson.Options;

    public static JsonElement ToElement(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, value.GetType(), Options);
    }
}
