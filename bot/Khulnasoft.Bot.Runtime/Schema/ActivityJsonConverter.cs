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
    public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, BotJsonContext.Default.Activity);

    public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options) =>
        ActivityJsonWriter.Write(writer, value, options);
}
