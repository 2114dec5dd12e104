using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The keyed hash of an email (HMAC-SHA256 of the trimmed, lower-cased address, hex), stored on a case so operators
/// can find it by email while the case never needs the email in clear once it is purged. Key: <c>Deletion:EmailHashKey</c>.
/// </summary>
public sealed class EmailHasher(IOptions<DeletionOptions> options)
{
    private readonly byte[] _key = string.IsNullOrWhiteSpace(options.Value.EmailHashKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Convert.FromBase64String(options.Value.EmailHashKey);

    public string Hash(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
    }
}
