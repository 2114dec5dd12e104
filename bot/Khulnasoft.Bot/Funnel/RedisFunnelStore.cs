using System.Globalization;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// The funnel in Redis, shared by every instance: a hash per conversation (<c>{prefix}funnel:conv:{hash}</c>, one
/// field per step reached, TTL <see cref="FunnelOptions.DedupWindow"/> from its last step) and a hash per UTC day
/// (<c>{prefix}funnel:day:{yyyy-MM-dd}</c>, a counter per step, TTL <see cref="FunnelOptions.Retention"/>). A step
/// is counted only when <c>HSETNX</c> adds it to the conversation's hash, so a duplicate delivery or a re-check never
/// counts twice, whichever instance sees it. A step costs two round trips when it is new (mark, then count: each
/// with its expiry in the same write), one when it is not. The connection is asked for on each call (the host opens it
/// while it starts).
/// </summary>
public sealed class RedisFunnelStore(Func<IConnectionMultiplexer> redis, RedisStorageOptions storage, IOptions<FunnelOptions> options) : IFunnelStore
{
    public async Task<bool> ReachAsync(string step, string conversationHash, DateOnly day, CancellationToken cancellationToken)
    {
        var db = redis().GetDatabase();
        var conversation = (RedisKey)(storage.KeyPrefix + "funnel:conv:" + conversationHash);
        try
        {
            // Each pair goes out together (one round trip): the expiry doesn't depend on the answer before it.
            var reached = db.HashSetAsync(conversation, step, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), When.NotExists);
            var dedupExpiry = db.KeyExpireAsync(conversation, options.Value.DedupWindow);
            await Task.WhenAll(reached, dedupExpiry).ConfigureAwait(false);
            if (!await reached.ConfigureAwait(false))
            {
                return false;
            }

            var counts = DayKey(day);
            await Task.WhenAll(db.HashIncrementAsync(counts, step), db.KeyExpireAsync(counts, options.Value.Retention)).ConfigureAwait(false);
            return true;
        }
        catch (RedisException e)
        {
            throw new StorageUnavailableException("The funnel could not be written to Redis.", e);
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var db = redis().GetDatabase();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                foreach (var entry in await db.HashGetAllAsync(DayKey(day)).ConfigureAwait(false))
                {
                    var step = entry.Name.ToString();
                    totals[step] = totals.GetValueOrDefault(step) + (long)entry.Value;
                }
            }
        }
        catch (RedisException e)
        {
            throw new StorageUnavailableException("The funnel could not be read from Redis.", e);
        }

        return totals;
    }

    private RedisKey DayKey(DateOnly day) => storage.KeyPrefix + "funnel:day:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
