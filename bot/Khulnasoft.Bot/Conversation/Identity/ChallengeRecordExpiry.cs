using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// Gives challenge records a TTL (<see cref="RedisStorageOptions.KeyPrefixTtls"/>): the hourly code limit plus a
/// code's lifetime after the record's last write. By then every issue time it holds is out of the limit's window and
/// its code has expired, so the record says nothing a missing one doesn't, and the store forgets the address's hash
/// instead of keeping one record per address that ever asked for a code. A TTL set for the prefix under
/// <c>Storage:KeyPrefixTtls</c> wins (zero keeps records forever; one shorter than this lets an address ask for more
/// codes an hour than the limit says, which only a benchmark's soak should want).
/// </summary>
public sealed class ChallengeRecordExpiry(IOptions<OneTimeCodeOptions> codes) : IPostConfigureOptions<RedisStorageOptions>
{
    /// <summary>How long a challenge record is kept after its last write.</summary>
    public TimeSpan Ttl => ChallengeStore.RateWindow + codes.Value.Lifetime;

    public void PostConfigure(string? name, RedisStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.KeyPrefixTtls.TryAdd(ChallengeHasher.KeyPrefix, Ttl);
    }
}
