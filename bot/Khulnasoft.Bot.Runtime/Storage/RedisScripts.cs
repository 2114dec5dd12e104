namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// The Lua scripts of the Redis store and the turn gate. Each stored item is a hash <c>{v: json, e: etag}</c>.
/// An item's write arguments are four ARGV entries: expected ETag ('' = unconditional), JSON, new ETag, TTL in ms (0 = none).
/// </summary>
internal static class RedisScripts
{
    /// <summary>Compare-and-set of every key; all or nothing. Returns 0, or the 1-based index of the conflicting key.</summary>
    public const string Write = """
        for i = 1, #KEYS do
          local expected = ARGV[(i - 1) * 4 + 1]
          if expected ~= '' then
            local current = redis.call('HGET', KEYS[i], 'e')
            if current and current ~= expected then return i end
          end
        end
        for i = 1, #KEYS do
          local b = (i - 1) * 4
          redis.call('HSET', KEYS[i], 'v', ARGV[b + 2], 'e', ARGV[b + 3])
          local ttl = tonumber(ARGV[b + 4])
          if ttl > 0 then redis.call('PEXPIRE', KEYS[i], ttl) else redis.call('PERSIST', KEYS[i]) end
        end
        return 0
        """;

    /// <summary>
    /// Enter a turn. KEYS: lease, fence, processed marker, then the state keys to load. ARGV: owner, lease ms,
    /// check processed ('1'/'0'), fence TTL ms (0 = none), the owner id of an attempt the caller abandoned ('' = none:
    /// a lease held by exactly that attempt is taken over), then per state key the ETag the caller already holds ('' = none).
    /// Returns {0, pttl} when another holder has the lease; {2, recorded answer} for an already processed
    /// activity; {1, fence, v1, e1, v2, e2, ...} when the lease is taken (state values false when missing; v = ''
    /// when the stored ETag is the one the caller holds: the value is not sent).
    /// </summary>
    public const string Enter = """
        if ARGV[3] == '1' then
          local done = redis.call('GET', KEYS[3])
          if done then return {2, done} end
        end
        local holder = redis.call('HGET', KEYS[1], 'o')
        if holder and holder ~= ARGV[1] and holder ~= ARGV[5] then
          return {0, redis.call('PTTL', KEYS[1])}
        end
        local fence = redis.call('INCR', KEYS[2])
        local fttl = tonumber(ARGV[4])
        if fttl > 0 then redis.call('PEXPIRE', KEYS[2], fttl) end
        redis.call('HSET', KEYS[1], 'o', ARGV[1], 'f', fence)
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        local result = {1, fence}
        for i = 4, #KEYS do
          local item = redis.call('HMGET', KEYS[i], 'v', 'e')
          local known = ARGV[i + 2]
          if known and known ~= '' and item[2] == known then
            result[#result + 1] = ''
          else
            result[#result + 1] = item[1]
          end
          result[#result + 1] = item[2]
        end
        return result
        """;

    /// <summary>Extend the lease if still held. KEYS: lease. ARGV: owner, fence, lease ms. Returns 1 or 0.</summary>
    public const string Renew = """
        local lease = redis.call('HMGET', KEYS[1], 'o', 'f')
        if lease[1] == ARGV[1] and lease[2] == ARGV[2] then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
          return 1
        end
        return 0
        """;

    /// <summary>Give the lease back if still held. KEYS: lease. ARGV: owner, fence ('' = whatever fence that owner got).</summary>
    public const string Release = """
        local lease = redis.call('HMGET', KEYS[1], 'o', 'f')
        if lease[1] == ARGV[1] and (ARGV[2] == '' or lease[2] == ARGV[2]) then redis.call('DEL', KEYS[1]) end
        return 0
        """;

    /// <summary>
    /// Finish a turn: refuse unless the lease still carries our owner and fencing token; compare-and-set the
    /// changed states; record the processed activity; release the lease. KEYS: lease, processed marker, state keys.
    /// ARGV: owner, fence, record processed ('1'/'0'), recorded answer, processed TTL ms, then 4 per state key.
    /// Returns 0 on success, -1 when the lease was lost (nothing written), or the 1-based index of the
    /// conflicting state key (nothing written, lease released).
    /// </summary>
    public const string Complete = """
        local lease = redis.call('HMGET', KEYS[1], 'o', 'f')
        if lease[1] ~= ARGV[1] or lease[2] ~= ARGV[2] then return -1 end
        for i = 3, #KEYS do
          local expected = ARGV[5 + (i - 3) * 4 + 1]
          if expected ~= '' then
            local current = redis.call('HGET', KEYS[i], 'e')
            if current and current ~= expected then
              redis.call('DEL', KEYS[1])
              return i - 2
            end
          end
        end
        for i = 3, #KEYS do
          local b = 5 + (i - 3) * 4
          redis.call('HSET', KEYS[i], 'v', ARGV[b + 2], 'e', ARGV[b + 3])
          local ttl = tonumber(ARGV[b + 4])
          if ttl > 0 then redis.call('PEXPIRE', KEYS[i], ttl) else redis.call('PERSIST', KEYS[i]) end
        end
        if ARGV[3] == '1' then
          redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[5])
        end
        redis.call('DEL', KEYS[1])
        return 0
        """;
}
