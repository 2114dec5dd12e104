using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>Reads the fields of a consent context Teams echoes back (untrusted JSON).</summary>
public static class ConsentContextFields
{
    /// <summary>The non-blank string field <paramref name="name"/>, or null.</summary>
    public static string? Text(JsonObject context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
    }
}
