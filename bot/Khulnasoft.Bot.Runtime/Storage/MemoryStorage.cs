using System.Globalization;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// In-process storage for development and tests. Values are kept as UTF-8 JSON, so callers can never mutate what is
/// stored; ETags are checked exactly like the Redis store (null/empty/<c>*</c> overwrite; anything else must match
/// the stored ETag; a key that doesn't exist yet accepts any ETag). A call writes all its changes or none.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    // Each item is its JSON (without "eTag") and its ETag; a read splices the ETag in and parses once. (The turn gate
    // reads a conversation's state only when it doesn't hold that version already, so reads are rarer than writes.)
    private readonly Dictionary<string, (byte[] Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _eTagCounter;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, byte[] Json, string ETag)>(keys.Length);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found.Add((key, item.Json, item.ETag));
                }
            }
        }

        // Stored arrays are never changed after a write (a write replaces them), so they are parsed outside the lock.
        IDictionary<string, object> result = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, json, eTag) in found)
        {
            result[key] = StoredItems.ToElement(json, eTag);
        }

        return Task.FromResult(result);
    }

    /// <summary>
    /// <see cref="ReadAsync"/> for the turn gate: a key whose stored ETag is <paramref name="knownETags"/>' entry for it
    /// comes back as <paramref name="unchanged"/> (not copied, not parsed).
    /// </summary>
    internal IDictionary<string, object> ReadUnlessKnown(IReadOnlyList<string> keys, IReadOnlyList<string?> knownETags, object unchanged)
    {
        var found = new List<(string Key, byte[]? Json, string ETag)>(keys.Count);
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (_items.TryGetValue(keys[i], out var item))
                {
                    found.Add((keys[i], knownETags[i] is { } known && string.Equals(known, item.ETag, StringComparison.Ordinal) ? null : item.Json, item.ETag));
                }
            }
        }

        var result = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, json, eTag) in found)
        {
            result[key] = json is null ? unchanged : StoredItems.ToElement(json, eTag);
        }

        return result;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var serialized = new List<(string Key, object Value, byte[] Json, string? Expected)>(changes.Count);
        foreach (var (key, value) in changes)
        {
            var (json, expected) = StoredItems.Serialize(key, value);
            serialized.Add((key, value, json, expected));
        }

        lock (_lock)
        {
            foreach (var (key, _, _, expected) in serialized)
            {
                if (expected is not null && _items.TryGetValue(key, out var existing) && existing.ETag != expected)
                {
                    throw StorageConcurrencyException.ForKey(key);
                }
            }

            foreach (var (key, value, json, _) in serialized)
            {
                var newTag = (++_eTagCounter).ToString(CultureInfo.InvariantCulture);
                // The bytes were made by StoredItems.Serialize: from a plain value here, or a StateDocument's internal
                // serialization, which nothing ever writes to. No caller can reach them, so they are kept as they are.
                _items[key] = (json, newTag);
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
