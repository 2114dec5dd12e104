using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// The converter <see cref="BotJson.Options"/> uses for <see cref="Activity"/> wherever it appears (replies, kept prompts,
/// Connector calls, nested in other types): reads through the source-generated metadata (<see cref="BotJsonContext"/>:
/// case-insensitive names, unknown fields kept) and writes with <see cref="ActivityJsonWriter"/>, the same JSON without
/// a serializer frame per member. An activity is always written in the wire format (camelCase, nulls left out).
/// </summary>
internal sealed class ActivityJsonConverter : JsonConverter<Activity>
{
    // The generated metadata's own converter, called directly: JsonSerializer.Deserialize(ref reader, …) from inside a
    // converter first skips the whole value to scope a reader to it, so every activity was scanned twice (about a quarter
    // of reading one). Given the context's options, the converter reads with the context's metadata (not this converter).
    private static readonly JsonConverter<Activity> Generated = (JsonConverter<Activity>)BotJsonContext.Default.Activity.Converter;

    public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = reader;
        try
        {
            return Generated.Read(ref reader, typeof(Activity), BotJsonContext.Default.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Read once more the way that names the field inside the activity in the error ("$.from.id", not "$").
            var activity = JsonSerializer.Deserialize(ref start, BotJsonContext.Default.Activity);
            reader = start;
            return activity;
        }
    }

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options) =>
        ActivityJsonWriter.Write(writer, value, options);
}
