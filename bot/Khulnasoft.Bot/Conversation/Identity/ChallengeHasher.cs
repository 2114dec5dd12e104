using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The keyed hash (HMAC-SHA256 with <see cref="OneTimeCodeOptions.HashKey"/>) behind every challenge: storage keys
/// hold a hash of the email (or user id), never the address, and records hold a hash of the code bound to their key,
/// never the code. Without the key neither can be reversed, not even by trying all million codes.
/// </summary>
public sealed class ChallengeHasher
{
    /// <summary>What every challenge's storage key starts with.</summary>
    public const string KeyPrefix = "identity/challenges/";

    private readonly byte[] _key;

    public ChallengeHasher(IOptions<OneTimeCodeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Empty only in Development (the validator refuses it elsewhere): a per-process key.
        _key = DecodeKey(options.Value.HashKey) is { Length: > 0 } key ? key : RandomNumberGenerator.GetBytes(OneTimeCodeOptionsValidator.MinHashKeyBytes);
    }

    /// <summary>The bytes of a base64 key, or null when it is not base64.</summary>
    public static byte[]? DecodeKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The storage key of a subject's challenge for a purpose: <c>identity/challenges/{purpose}/{hash}</c>.</summary>
    public string StorageKey(string purpose, string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var hash = Mac("subject", purpose, subject);
        return $"{KeyPrefix}{purpose}/{Base64Url.EncodeToString(hash)}";
    }

    /// <summary>The stored form of a challenge's secret, bound to the record's storage key (a hash can't be moved to another record).</summary>
    public byte[] Secret(string storageKey, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(storageKey);
        ArgumentNullException.ThrowIfNull(secret);
        return Mac("secret", storageKey, secret);
    }

    private byte[] Mac(string domain, string scope, string value)
    {
        // Length-prefixed fields, so no two different inputs share a message.
        var message = new StringBuilder()
            .Append(domain.Length).Append(':').Append(domain)
            .Append(scope.Length).Append(':').Append(scope)
            .Append(value.Length).Append(':').Append(value)
            .ToString();
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(message));
    }
}
