using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// In-process storage for development and tests. Values are kept as JSON, so callers can never mutate what is
/// stored; ETags are checked exactly like the Redis store (null/empty/<c>*</c> overwrite; anything else must match).
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _eTagCounter;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IDictionary<string, object> result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    var node = JsonNode.Parse(item.Json)!.AsObject();
                    node["eTag"] = item.ETag;
                    result[key] = JsonSerializer.SerializeToElement(node, StorageJson.Options);
                }
            }
        }

        return Task.FromResult(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            foreach (var (key, value) in changes)
            {
                if (value is IStoreItem { ETag: { Length: > 0 } eTag } && eTag != "*"
                    && _items.TryGetValue(key, out var existing) && existing.ETag != eTag)
                {
                    throw StorageConcurrencyException.ForKey(key);
                }
            }

            foreach (var (key, value) in changes)
            {
                var node = JsonSerializer.SerializeToNode(value, value.GetType(), StorageJson.Options) as JsonObject
                    ?? throw new ArgumentException($"The value for '{key}' must serialize to a JSON object.", nameof(changes));
                node.Remove("eTag");
                var newTag = (++_eTagCounter).ToString(CultureInfo.InvariantCulture);
                _items[key] = (node.ToJsonString(StorageJson.Options), newTag);
                if (value is IStoreItem item)
                {
                    item.ETag = newTag;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
