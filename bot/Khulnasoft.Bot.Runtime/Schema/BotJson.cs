using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// The one set of JSON options for the wire: camelCase out, case-insensitive in (A2002), nulls omitted.
/// The runtime's own types are served by source-generated metadata (<see cref="BotJsonContext"/>); any other type by
/// reflection. Activities are written by <see cref="ActivityJsonWriter"/> (through <see cref="ActivityJsonConverter"/>).
/// </summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new ActivityJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
