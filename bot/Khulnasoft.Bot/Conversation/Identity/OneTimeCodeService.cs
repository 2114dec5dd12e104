using System.Globalization;
using System.Security.Cryptography;
using Khulnasoft.Bot.Accounts;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// 6-digit one-time codes that prove an email address. There is no account enumeration: every address gets the
/// same answers, the same hourly limit, a challenge with the same lifetime and attempts, and the same response time
/// (mails are queued, see <see cref="CodeMailOutbox"/>). Only an address that belongs to a user gets a mail, and only
/// its code can ever match: an unknown address's challenge holds the hash of 32 random bytes and proves nobody.
/// </summary>
public sealed class OneTimeCodeService(
    KhulnasoftApiClient api,
    CodeMailOutbox outbox,
    ChallengeStore challenges,
    ChallengeHasher hasher,
    IOptions<OneTimeCodeOptions> options,
    ILogger<OneTimeCodeService> logger)
{
    /// <summary>How many digits a code has.</summary>
    public const int CodeLength = 6;

    /// <summary>
    /// Arms a new code for <paramref name="email"/> (the previous one stops working) and queues its mail when the
    /// address belongs to a user, unless the hourly limit is reached. The answer never says whether the address is known.
    /// </summary>
    public async Task<CodeIssueResult> IssueAsync(string email, string purpose, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        CheckPurpose(purpose);
        var storageKey = hasher.StorageKey(purpose, normalized);
        var user = await FindUserAsync(normalized, cancellationToken).ConfigureAwait(false);
        var code = user is null ? null : NewCode();
        var secret = code is null
            ? RandomNumberGenerator.GetBytes(32) // no code can ever hash to this
            : hasher.Secret(storageKey, code);

        var result = await challenges.ArmAsync(storageKey, secret, user?.Id, keepLive: false, cancellationToken).ConfigureAwait(false);
        if (result.Status == CodeIssueStatus.RateLimited)
        {
            IdentityLog.CodeRateLimited(logger, purpose);
            return result;
        }

        IdentityLog.CodeIssued(logger, purpose);
        if (user is not null && code is not null)
        {
            // Queued, not sent here: an SMTP round trip only for known addresses would make them slower to answer.
            outbox.Enqueue(OneTimeCodeMail.Build(user.Email, code, purpose, options.Value.Lifetime), purpose);
        }

        return result;
    }

    /// <summary>
    /// Checks a code. Spaces and dashes are ignored ("123 456"); anything that is not then 6 digits counts as a
    /// wrong code. Only the newest code of the address and purpose can match. <paramref name="answerId"/> names the
    /// answer (conversation and activity id): the same answer delivered again is not counted again and gets the
    /// same result.
    /// </summary>
    public async Task<CodeVerifyResult> VerifyAsync(string email, string purpose, string code, CancellationToken cancellationToken, string? answerId = null)
    {
        var normalized = NormalizeEmail(email);
        CheckPurpose(purpose);
        ArgumentNullException.ThrowIfNull(code);
        var storageKey = hasher.StorageKey(purpose, normalized);
        var answer = NormalizeCode(code);
        var answerHash = answer is null ? RandomNumberGenerator.GetBytes(32) : hasher.Secret(storageKey, answer);
        var result = await challenges.CheckAsync(storageKey, answerHash, cancellationToken, answerId).ConfigureAwait(false);
        IdentityLog.ChallengeAnswered(logger, purpose, result.Status);
        if (result.Status == CodeVerifyStatus.Locked)
        {
            IdentityLog.ChallengeLocked(logger, purpose);
        }

        return result;
    }

    /// <summary>The address as it is compared and stored: trimmed, lower case.</summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>The 6 digits of a typed code (spaces and dashes removed), or null when it isn't one.</summary>
    public static string? NormalizeCode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        return digits.Length == CodeLength && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string NewCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static void CheckPurpose(string purpose)
    {
        if (!OneTimeCodePurposes.IsKnown(purpose))
        {
            throw new ArgumentException($"Unknown one-time code purpose '{purpose}' (see OneTimeCodePurposes).", nameof(purpose));
        }
    }

    private async Task<KhulnasoftUser?> FindUserAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var users = await api.FindUsersByEmailAsync(normalizedEmail, cancellationToken).ConfigureAwait(false);
        var matches = users.Where(u => string.Equals(u.Email, normalizedEmail, StringComparison.OrdinalIgnoreCase)
            && string.Equals(u.Status, "active", StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
