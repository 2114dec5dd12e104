using System.Text.Json;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Copy helpers for the schema types' deep copies.</summary>
internal static class SchemaCopy
{
    /// <summary>A new dictionary with the same members (a <see cref="JsonElement"/> is immutable, so it is shared).</summary>
    public static Dictionary<string, JsonElement>? Of(Dictionary<string, JsonElement>? properties) =>
        properties is null ? null : new Dictionary<string, JsonElement>(properties, properties.Comparer);

    public static List<T>? Of<T>(List<T>? items, Func<T, T> copy)
    {
        if (items is null)
        {
            return null;
        }

        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            result.Add(item is null ? item : copy(item));
        }

        return result;
    }
}
