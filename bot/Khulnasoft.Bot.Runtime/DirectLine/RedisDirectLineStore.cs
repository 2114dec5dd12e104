using System.Globalization;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The multi-instance store. Activities are a sorted set scored by sequence number; a Lua script takes the next
/// number and adds the activity atomically, so readers never see a gap that a slower writer fills later. Every
/// append is published, and <see cref="DirectLineRedisRelay"/> wakes the local streams on each instance.
/// </summary>
public sealed class RedisDirectLineStore(IConnectionMultiplexer redis, DirectLineRedisKeys keys, IOptions<DirectLineOptions> options) : IDirectLineStore
{
    // KEYS: seq, activities, conversation. ARGV: activity JSON (without id), TTL in ms.
    private const string AppendScript = """
        local seq = redis.call('INCR', KEYS[1])
        redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        redis.call('PEXPIRE', KEYS[3], ARGV[2])
        return seq
        """;

    // KEYS: uploads. ARGV: files, bytes, max files, max bytes, window in ms. Returns {granted, ms until the window ends}.
    // A refused upload writes nothing; the window starts at the first counted upload and is not extended.
    private const string ReserveUploadScript = """
        local files = tonumber(redis.call('HGET', KEYS[1], 'files') or '0')
        local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0')
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then ttl = tonumber(ARGV[5]) end
        if files + tonumber(ARGV[1]) > tonumber(ARGV[3]) or bytes + tonumber(ARGV[2]) > tonumber(ARGV[4]) then
          return {0, ttl}
        end
        redis.call('HINCRBY', KEYS[1], 'files', ARGV[1])
        redis.call('HINCRBY', KEYS[1], 'bytes', ARGV[2])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
        return {1, ttl}
        """;

    // KEYS: uploads. ARGV: files, bytes. Gives a reservation back (never below zero, never creates the key).
    private const string ReleaseUploadScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        local files = math.max(0, tonumber(redis.call('HGET', KEYS[1], 'files') or '0') - tonumber(ARGV[1]))
        local bytes = math.max(0, tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0') - tonumber(ARGV[2]))
        redis.call('HSET', KEYS[1], 'files', files, 'bytes', bytes)
        return 1
        """;

    private readonly TimeSpan _ttl = options.Value.RetentionTtl;
    private readonly int _maxFiles = options.Value.MaxConversationUploadFiles;
    private readonly long _maxBytes = options.Value.MaxConversationUploadBytes;

    public async Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var json = JsonSerializer.Serialize(conversation, BotJson.Options);
        return await Guard(redis.GetDatabase().StringSetAsync(keys.Conversation(conversation.Id), json, _ttl, When.NotExists), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var value = await Guard(redis.GetDatabase().StringGetAsync(keys.Conversation(conversationId)), cancellationToken).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<DirectLineConversation>(value.ToString(), BotJson.Options);
    }

    public async Task<bool> TryMarkMembersAddedAsync(string conversationId, CancellationToken cancellationToken) =>
        await Guard(redis.GetDatabase().StringSetAsync(keys.MembersAdded(conversationId), "1", _ttl, When.NotExists), cancellationToken).ConfigureAwait(false);

    public async Task<long> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stored = activity.Clone();
        stored.Id = null;
        var json = JsonSerializer.Serialize(stored, BotJson.Options);
        var db = redis.GetDatabase();
        var result = await Guard(
            db.ScriptEvaluateAsync(
                AppendScript,
                [keys.Sequence(conversationId), keys.Activities(conversationId), keys.Conversation(conversationId)],
                [json, (long)_ttl.TotalMilliseconds]),
            cancellationToken).ConfigureAwait(false);
        var sequence = (long)result;
        await Guard(redis.GetSubscriber().PublishAsync(keys.Appended, conversationId), cancellationToken).ConfigureAwait(false);
        return sequence;
    }

    public async Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        var entries = await Guard(
            redis.GetDatabase().SortedSetRangeByScoreAsync(keys.Activities(conversationId), watermark, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, max),
            cancellationToken).ConfigureAwait(false);
        var activities = new List<Activity>(entries.Length);
        var last = watermark;
        foreach (var entry in entries)
        {
            var text = entry.ToString();
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            var sequence = long.Parse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture);
            var activity = JsonSerializer.Deserialize<Activity>(text.AsSpan(separator + 1), BotJson.Options)
                ?? throw new InvalidOperationException("A stored Direct Line activity is empty.");
            activity.Id = DirectLineActivityIds.For(conversationId, sequence);
            activities.Add(activity);
            last = sequence;
        }

        return new DirectLineActivityPage(activities, last);
    }

    public async Task<long> GetWatermarkAsync(string conversationId, CancellationToken cancellationToken)
    {
        var value = await Guard(redis.GetDatabase().StringGetAsync(keys.Sequence(conversationId)), cancellationToken).ConfigureAwait(false);
        return value.IsNullOrEmpty ? 0 : (long)value;
    }

    public async Task<DirectLineUploadQuota> TryReserveUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await Guard(
            redis.GetDatabase().ScriptEvaluateAsync(
                ReserveUploadScript,
                [keys.Uploads(conversationId)],
                [files, bytes, _maxFiles, _maxBytes, (long)_ttl.TotalMilliseconds]),
            cancellationToken).ConfigureAwait(false))!;
        return new DirectLineUploadQuota((int)result[0] == 1, TimeSpan.FromMilliseconds((long)result[1]));
    }

    public async Task ReleaseUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken) =>
        await Guard(redis.GetDatabase().ScriptEvaluateAsync(ReleaseUploadScript, [keys.Uploads(conversationId)], [files, bytes]), cancellationToken).ConfigureAwait(false);

    public async Task SaveAttachmentAsync(DirectLineAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var key = keys.Attachment(attachment.Id);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.HashSetAsync(key,
        [
            new HashEntry("conversationId", attachment.ConversationId),
            new HashEntry("contentType", attachment.ContentType),
            new HashEntry("name", attachment.Name ?? ""),
            new HashEntry("content", attachment.Content),
        ]);
        _ = transaction.KeyExpireAsync(key, _ttl);
        await Guard(transaction.ExecuteAsync(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DirectLineAttachment?> GetAttachmentAsync(string attachmentId, CancellationToken cancellationToken)
    {
        var fields = await Guard(redis.GetDatabase().HashGetAllAsync(keys.Attachment(attachmentId)), cancellationToken).ConfigureAwait(false);
        if (fields.Length == 0)
        {
            return null;
        }

        var map = fields.ToDictionary(f => f.Name.ToString(), f => f.Value, StringComparer.Ordinal);
        var name = map["name"].ToString();
        return new DirectLineAttachment(attachmentId, map["conversationId"].ToString(), map["contentType"].ToString(),
            name.Length == 0 ? null : name, (byte[])map["content"]!);
    }

    // StackExchange.Redis takes no CancellationToken; an outage surfaces as the runtime's one storage-outage signal.
    private static async Task<T> Guard<T>(Task<T> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            throw new StorageUnavailableException("Redis is unavailable for the Direct Line store.", e);
        }
        catch (RedisServerException e)
        {
            // An error reply (e.g. OOM at maxmemory) stored nothing; the client retries after the 503.
            throw new StorageUnavailableException($"Redis refused a Direct Line store command ({RedisStorage.ErrorCode(e)}).", e);
        }
    }
}
