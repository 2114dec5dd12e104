using System.Globalization;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// In-process storage for development and tests. Values are kept as UTF-8 JSON, so callers can never mutate what is
/// stored; ETags are checked exactly like the Redis store (null/empty/<c>*</c> overwrite; anything else must match
/// the stored ETag; a key that doesn't exist yet accepts any ETag). A call writes all its changes or none.
/// Built with <see cref="RedisStorageOptions"/>, an item expires like its Redis key: its prefix's or its
/// kind's TTL (<see cref="RedisStorageOptions.TtlFor(string)"/>) after its last write; an expired item reads as missing and is removed
/// by a sweep at most once a minute (on a write). Built without, nothing expires.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    // Each item is its JSON (without "eTag"), its ETag and when it expires; a read splices the ETag in and parses once.
    // (The turn gate reads a conversation's state only when it doesn't hold that version already, so reads are rarer
    // than writes.)
    private readonly Dictionary<string, (byte[] Json, string ETag, DateTimeOffset Expires)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly RedisStorageOptions? _options;
    private readonly TimeProvider _timeProvider;
    private long _eTagCounter;
    private DateTimeOffset _nextSweep;

    /// <summary>Storage whose items never expire (tests, tools).</summary>
    public MemoryStorage()
        : this(null, TimeProvider.System)
    {
    }

    /// <summary>Storage whose items expire after their prefix's or kind's TTL in <paramref name="options"/>, on <paramref name="timeProvider"/>'s clock.</summary>
    public MemoryStorage(RedisStorageOptions? options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>How many items are held, expired ones not yet swept included (for tests and diagnostics).</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>How many items the table has room for (for tests).</summary>
    internal int Capacity
    {
        get
        {
            lock (_lock)
            {
                return _items.Capacity;
            }
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, byte[] Json, string ETag)>(keys.Length);
        var now = Now();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item) && item.Expires > now)
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
        var now = Now();
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (_items.TryGetValue(keys[i], out var item) && item.Expires > now)
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

        var now = Now();
        lock (_lock)
        {
            // An expired item is missing: like a key that doesn't exist yet, it accepts any ETag.
            foreach (var (key, _, _, expected) in serialized)
            {
                if (expected is not null && _items.TryGetValue(key, out var existing) && existing.Expires > now && existing.ETag != expected)
                {
                    throw StorageConcurrencyException.ForKey(key);
                }
            }

            SweepIfDue(now);

            foreach (var (key, value, json, _) in serialized)
            {
                var newTag = (++_eTagCounter).ToString(CultureInfo.InvariantCulture);
                // The bytes were made by StoredItems.Serialize: from a plain value here, or a StateDocument's internal
                // serialization, which nothing ever writes to. No caller can reach them, so they are kept as they are.
                _items[key] = (json, newTag, ExpiryOf(key, now));
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

    private DateTimeOffset Now() => _options is null ? DateTimeOffset.MinValue : _timeProvider.GetUtcNow();

    private DateTimeOffset ExpiryOf(string key, DateTimeOffset now) =>
        _options?.TtlFor(key) is { } ttl ? now + ttl : DateTimeOffset.MaxValue;

    // Called under the lock. Expired items are removed at most once a minute: a sweep on every write would make each
    // write O(items held). Reads and ETag checks look at the expiry themselves, so an unswept item is never seen.
    private void SweepIfDue(DateTimeOffset now)
    {
        if (_options is null || now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepInterval;
        List<string>? expired = null;
        foreach (var (key, item) in _items)
        {
            if (item.Expires <= now)
            {
                (expired ??= []).Add(key);
            }
        }

        if (expired is not null)
        {
            foreach (var key in expired)
            {
                _items.Remove(key);
            }

            SweptTable.Shrink(_items);
        }
    }
}
