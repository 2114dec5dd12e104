using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// Reads an activity sent by a client (the messaging endpoint, Direct Line) and finds what would only fail later,
/// inside the turn: a field of the wrong shape or format (<c>"timestamp": "yesterday"</c>), or JSON text that is
/// not valid Unicode (a lone surrogate such as <c>"\ud800"</c>, which System.Text.Json keeps escaped in
/// <see cref="JsonNode"/> values until the bot reads them). Either is the client's error, named by field.
/// </summary>
internal static class ActivityJsonReader
{
    private const string NotAnActivity = "The body is not a JSON activity object.";

    /// <summary>The activity, or null with <paramref name="error"/> set.</summary>
    public static Activity? Read(ReadOnlySpan<byte> json, out ActivityReadError error)
    {
        Activity? activity;
        try
        {
            // Straight to the generated metadata (what BotJson.Options' activity converter reads with), without that converter in between.
            activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            error = field is null
                ? new ActivityReadError(null, NotAnActivity)
                : new ActivityReadError(field, $"The field '{field}' has a value of the wrong type or format.");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            // A string that is not valid UTF-16 once unescaped, in a typed field; the serializer gives no path.
            error = new ActivityReadError(null, NotAnActivity + " It holds text that is not valid Unicode.");
            return null;
        }

        if (activity is null)
        {
            error = new ActivityReadError("$", "The body must be a JSON activity object.");
            return null;
        }

        if (UnreadableField(activity) is { } unreadable)
        {
            error = new ActivityReadError(unreadable, $"The field '{unreadable}' holds text that is not valid Unicode (a lone surrogate).");
            return null;
        }

        error = default;
        return activity;
    }

    private static string? UnreadableField(Activity activity)
    {
        if (!IsReadable(activity.Value))
        {
            return "value";
        }

        if (!IsReadable(activity.ChannelData))
        {
            return "channelData";
        }

        for (var i = 0; i < (activity.Attachments?.Count ?? 0); i++)
        {
            if (!IsReadable(activity.Attachments![i].Content))
            {
                return $"attachments[{i}].content";
            }
        }

        for (var i = 0; i < (activity.Entities?.Count ?? 0); i++)
        {
            if (activity.Entities![i].Properties is { } properties && !properties.Values.All(IsReadable))
            {
                return $"entities[{i}]";
            }
        }

        return null;
    }

    private static bool IsReadable(JsonNode? node)
    {
        try
        {
            return Walk(node);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsReadable(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Reading each string (and, while enumerating an object, each property name) unescapes it, which throws
    // InvalidOperationException for a lone surrogate.
    private static bool Walk(JsonNode? node) => node switch
    {
        JsonObject obj => obj.All(property => Walk(property.Value)),
        JsonArray array => array.All(Walk),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is not null,
        _ => true,
    };

    private static bool Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(property => property.Name is not null && Walk(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(Walk),
        JsonValueKind.String => element.GetString() is not null,
        _ => true,
    };

    /// <summary><c>$.from.id</c> → <c>from.id</c>; null for the whole body.</summary>
    private static string? FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path is { Length: > 1 } && path.StartsWith('$') ? path[1..]
        : null;
}
