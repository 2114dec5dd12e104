using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// <see cref="IStorage"/> on Redis. Each item is a hash <c>{v: json, e: etag}</c> under <see cref="RedisKeys.State"/>,
/// with the TTL of its kind. A write is one Lua compare-and-set round trip: every key of the call is written or none.
/// On Redis Cluster, keys in different hash slots cannot share a script, so a call is split per slot and is atomic
/// per slot (a conversation's state and private state share a slot; user state has its own).
/// Redis being unreachable, timing out or answering an error surfaces as <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class RedisStorage : IStorage
{
    private static readonly RedisValue[] ItemFields = ["v", "e"];
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisStorageOptions _options;
    private int _topology; // 0: not known yet (not connected), 1: standalone/replicated, 2: cluster

    public RedisStorage(IConnectionMultiplexer connection, RedisStorageOptions options)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Keys = new RedisKeys(options.KeyPrefix);
    }

    public RedisKeys Keys { get; }

    /// <summary>
    /// True when connected to a Redis Cluster (scripts must stay within one hash slot). Decided at the first call made
    /// while connected, so a store created before Redis was reachable still learns the topology.
    /// </summary>
    internal bool IsCluster
    {
        get
        {
            var topology = Volatile.Read(ref _topology);
            if (topology == 0)
            {
                var servers = _connection.GetServers();
                if (!servers.Any(s => s.IsConnected))
                {
                    return false;
                }

                topology = servers.Any(s => s.ServerType == ServerType.Cluster) ? 2 : 1;
                Volatile.Write(ref _topology, topology);
            }

            return topology == 2;
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var db = _connection.GetDatabase();
        var batch = db.CreateBatch();
        var reads = keys.Select(k => batch.HashGetAsync(Keys.State(k), ItemFields)).ToArray();
        batch.Execute();
        var values = await GuardAsync(() => Task.WhenAll(reads)).WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i] is [{ HasValue: true } json, { HasValue: true } eTag])
            {
                result[keys[i]] = StoredItems.ToElement(((ReadOnlyMemory<byte>)json).Span, eTag.ToString());
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var items = changes.Select(c => new PendingWrite(c.Key, c.Value, StoredItems.Serialize(c.Key, c.Value), StoredItems.NewETag())).ToList();
        var groups = IsCluster
            ? items.GroupBy(i => RedisKeys.HashSlot(Keys.State(i.Key))).Select(g => g.ToList()).ToList()
            : [items];
        var db = _connection.GetDatabase();
        foreach (var group in groups)
        {
            var keys = group.Select(i => (RedisKey)Keys.State(i.Key)).ToArray();
            var args = group.SelectMany(i => WriteArguments(i.Key, i.Serialized.Json, i.Serialized.ExpectedETag, i.NewETag)).ToArray();
            var result = await GuardAsync(() => db.ScriptEvaluateAsync(RedisScripts.Write, keys, args)).WaitAsync(cancellationToken).ConfigureAwait(false);
            var conflict = (int)result;
            if (conflict > 0)
            {
                throw StorageConcurrencyException.ForKey(group[conflict - 1].Key);
            }

            foreach (var item in group)
            {
                if (item.Value is IStoreItem storeItem)
                {
                    storeItem.ETag = item.NewETag;
                }
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        var db = _connection.GetDatabase();
        var batch = db.CreateBatch();
        var deletes = keys.Select(k => batch.KeyDeleteAsync(Keys.State(k))).ToArray();
        batch.Execute();
        await GuardAsync(() => Task.WhenAll(deletes)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The four script arguments of one item write (see <see cref="RedisScripts"/>).</summary>
    internal IEnumerable<RedisValue> WriteArguments(string storageKey, byte[] json, string? expectedETag, string newETag)
    {
        var arguments = new RedisValue[4];
        FillWriteArguments(arguments, storageKey, json, expectedETag, newETag);
        return arguments;
    }

    /// <summary>Writes the four script arguments of one item write into <paramref name="target"/>.</summary>
    internal void FillWriteArguments(Span<RedisValue> target, string storageKey, byte[] json, string? expectedETag, string newETag)
    {
        var ttl = _options.TtlFor(storageKey);
        target[0] = expectedETag ?? string.Empty;
        target[1] = json;
        target[2] = newETag;
        target[3] = ttl is { } t ? (long)t.TotalMilliseconds : 0L;
    }

    /// <summary>
    /// Whether a Redis client exception means the turn can be retried (503): unreachable, too slow, or an error reply
    /// (OOM at maxmemory, READONLY or LOADING during a failover, BUSY, …), which wrote nothing.
    /// </summary>
    internal static bool IsUnavailable(Exception exception) => exception is RedisConnectionException or RedisTimeoutException or RedisServerException;

    /// <summary>The <see cref="StorageUnavailableException"/> for an exception <see cref="IsUnavailable"/> accepts.</summary>
    internal static StorageUnavailableException Unavailable(Exception exception) => exception switch
    {
        RedisConnectionException e => new StorageUnavailableException($"Redis is unreachable ({e.FailureType}); the turn was not processed and can be retried.", e),
        RedisServerException e => new StorageUnavailableException($"Redis refused the command ({ErrorCode(e)}); the turn was not processed and can be retried.", e),
        _ => new StorageUnavailableException("Redis did not answer in time; the turn was not processed and can be retried.", exception),
    };

    /// <summary>Runs a Redis call and turns connection failures, timeouts and error replies into <see cref="StorageUnavailableException"/>.</summary>
    internal static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(e);
        }
    }

    /// <summary>The error reply's code (its first word, e.g. <c>OOM</c>), without the rest of the server's message.</summary>
    internal static string ErrorCode(RedisServerException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? message[..space] : message;
    }

    private sealed record PendingWrite(string Key, object Value, (byte[] Json, string? ExpectedETag) Serialized, string NewETag);
}
