using System.Security.Cryptography;
using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// Challenges in the runtime's <see cref="IStorage"/> (Redis when configured). Every change is a compare-and-set on
/// the record's ETag, retried on conflict, so concurrent answers each count exactly once and can never win more
/// than <see cref="OneTimeCodeOptions.MaxAttempts"/> tries; concurrent requests can't exceed the hourly limit.
/// </summary>
/// <remarks>
/// Once a challenge can no longer be answered, its user id and hash are removed and only issue times remain; the
/// record itself expires an hour and a code's lifetime after its last write (<see cref="ChallengeRecordExpiry"/>).
/// </remarks>
public sealed class ChallengeStore(IStorage storage, IOptions<OneTimeCodeOptions> options, TimeProvider clock, ILogger<ChallengeStore> logger)
{
    /// <summary>The window of <see cref="OneTimeCodeOptions.MaxCodesPerHour"/>.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromHours(1);

    // A key that doesn't exist yet accepts any ETag, while an existing one only accepts its own (IStorage contract);
    // neither store ever generates this value, so a write with it creates the record only if nobody else did first.
    private const string CreateOnlyETag = "identity:create-only";

    // Each retry follows a write that succeeded for someone else, so this only trips on a broken store.
    private const int MaxWriteAttempts = 50;

    private readonly OneTimeCodeOptions _options = options.Value;

    /// <summary>
    /// Arms a new challenge under <paramref name="storageKey"/> (replacing the previous one, counted against the hourly
    /// limit). With <paramref name="keepLive"/> an active, unexpired challenge is left as it is and nothing is counted.
    /// </summary>
    public async Task<CodeIssueResult> ArmAsync(string storageKey, byte[] secretHash, string? userId, bool keepLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(storageKey);
        ArgumentNullException.ThrowIfNull(secretHash);
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var record = await ReadAsync(storageKey, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            record.IssuedAt.RemoveAll(t => t <= now - RateWindow);
            if (keepLive && record.State == ChallengeState.Active && record.ExpiresAt > now)
            {
                return CodeIssueResult.Sent(record.ExpiresAt.Value);
            }

            if (record.IssuedAt.Count >= _options.MaxCodesPerHour)
            {
                return CodeIssueResult.RateLimited(record.IssuedAt.Min() + RateWindow - now);
            }

            record.IssuedAt.Add(now);
            record.State = ChallengeState.Active;
            record.SecretHash = Convert.ToBase64String(secretHash);
            record.UserId = userId;
            record.ExpiresAt = now + _options.Lifetime;
            record.FailedAttempts = 0;
            record.LastAnswerId = null;
            record.LastResult = null;
            if (await TryWriteAsync(storageKey, record, cancellationToken).ConfigureAwait(false))
            {
                return CodeIssueResult.Sent(record.ExpiresAt.Value);
            }
        }

        throw TooManyConflicts(storageKey);
    }

    /// <summary>
    /// Checks <paramref name="answerHash"/> against the challenge (in constant time). Right: the challenge is used up.
    /// Wrong: one attempt is used; the last one locks it. An expired or locked challenge doesn't look at the answer.
    /// The answer named <paramref name="answerId"/> that last changed the challenge gets its result again, uncounted.
    /// </summary>
    public async Task<CodeVerifyResult> CheckAsync(string storageKey, byte[] answerHash, CancellationToken cancellationToken, string? answerId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(storageKey);
        ArgumentNullException.ThrowIfNull(answerHash);
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var record = await ReadAsync(storageKey, cancellationToken).ConfigureAwait(false);
            if (answerId is not null && record.LastResult is { } earlier && string.Equals(record.LastAnswerId, answerId, StringComparison.Ordinal))
            {
                IdentityLog.AnswerRedelivered(logger);
                return earlier;
            }

            var now = clock.GetUtcNow();
            CodeVerifyResult result;
            switch (record.State)
            {
                case ChallengeState.None or ChallengeState.Consumed:
                    return CodeVerifyResult.NoCode;
                case ChallengeState.Locked:
                    return CodeVerifyResult.Locked;
                case ChallengeState.Expired:
                    return CodeVerifyResult.Expired;
                case ChallengeState.Active when record.ExpiresAt is not { } expiresAt || expiresAt <= now:
                    Close(record, ChallengeState.Expired);
                    result = CodeVerifyResult.Expired;
                    break;
                case ChallengeState.Active when Matches(record.SecretHash, answerHash) && record.UserId is { } userId:
                    Close(record, ChallengeState.Consumed);
                    result = CodeVerifyResult.Verified(userId);
                    break;
                default:
                    record.FailedAttempts++;
                    var left = _options.MaxAttempts - record.FailedAttempts;
                    if (left <= 0)
                    {
                        Close(record, ChallengeState.Locked);
                        result = CodeVerifyResult.Locked;
                    }
                    else
                    {
                        result = CodeVerifyResult.Wrong(left);
                    }

                    break;
            }

            record.LastAnswerId = answerId;
            record.LastResult = answerId is null ? null : result;
            if (await TryWriteAsync(storageKey, record, cancellationToken).ConfigureAwait(false))
            {
                return result;
            }
        }

        throw TooManyConflicts(storageKey);
    }

    private static bool Matches(string? storedHash, byte[] answerHash)
    {
        if (storedHash is null)
        {
            return false;
        }

        // Both are HMAC-SHA256 outputs (32 bytes); the comparison takes the same time wherever they differ.
        var expected = Convert.FromBase64String(storedHash);
        return CryptographicOperations.FixedTimeEquals(expected, answerHash);
    }

    private static void Close(ChallengeRecord record, ChallengeState state)
    {
        record.State = state;
        record.SecretHash = null;
        record.UserId = null;
    }

    private async Task<ChallengeRecord> ReadAsync(string storageKey, CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync<ChallengeRecord>([storageKey], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(storageKey, out var record) ? record : new ChallengeRecord { ETag = CreateOnlyETag };
    }

    private async Task<bool> TryWriteAsync(string storageKey, ChallengeRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [storageKey] = record }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            IdentityLog.ChallengeWriteConflict(logger);
            return false;
        }
    }

    private static StorageConcurrencyException TooManyConflicts(string storageKey) =>
        new($"The challenge '{storageKey}' kept changing under {MaxWriteAttempts} consecutive writes.");
}
