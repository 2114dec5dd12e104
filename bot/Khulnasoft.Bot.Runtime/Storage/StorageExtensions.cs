using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>Typed reads: the caller declares the type; nothing in the payload chooses it.</summary>
public static class StorageExtensions
{
    public static async Task<IDictionary<string, T>> ReadAsync<T>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var raw = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in raw)
        {
            if (ConvertTo<T>(value) is { } typed)
            {
                result[key] = typed;
            }
        }

        return result;
    }

    /// <summary>Converts a stored value (a <see cref="JsonElement"/> or an object) to <typeparamref name="T"/>.</summary>
    public static T? ConvertTo<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize<T>(StorageJson.Options),
        _ => JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), StorageJson.Options), StorageJson.Options),
    };
}
