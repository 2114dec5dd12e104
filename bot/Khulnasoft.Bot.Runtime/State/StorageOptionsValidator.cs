using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>Checks the <c>Storage</c> section at start-up, so a bad value stops the host instead of a turn.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<RedisStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.KeyPrefix is null || options.KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            failures.Add("Storage:KeyPrefix must be set and must not contain '{' or '}' (reserved for Redis Cluster hash tags).");
        }

        foreach (var (setting, ttl) in new[]
        {
            (nameof(options.ConversationStateTtl), options.ConversationStateTtl),
            (nameof(options.UserStateTtl), options.UserStateTtl),
            (nameof(options.OtherTtl), options.OtherTtl),
        })
        {
            if (ttl < TimeSpan.Zero)
            {
                failures.Add($"Storage:{setting} must be zero (no expiry) or positive.");
            }
        }

        foreach (var (prefix, ttl) in options.KeyPrefixTtls)
        {
            if (string.IsNullOrEmpty(prefix) || ttl < TimeSpan.Zero)
            {
                failures.Add($"Storage:KeyPrefixTtls:{prefix} must have a prefix and a TTL of zero (no expiry) or more.");
            }
        }

        if (options.ProcessedActivityTtl < TimeSpan.FromMinutes(1))
        {
            failures.Add("Storage:ProcessedActivityTtl must be at least 1 minute (channels re-deliver after 15 s and later).");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(1) || options.LeaseDuration > TimeSpan.FromMinutes(10))
        {
            failures.Add("Storage:LeaseDuration must be between 1 second and 10 minutes.");
        }

        if (options.LeaseWaitTimeout < TimeSpan.FromMilliseconds(100))
        {
            failures.Add("Storage:LeaseWaitTimeout must be at least 100 ms.");
        }

        if (options.StateCacheSize < 0)
        {
            failures.Add("Storage:StateCacheSize must be 0 (off) or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
