using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The keyed hash of an email (HMAC-SHA256 of the trimmed, lower-cased address, hex), stored on a case so operators
/// can find it by email while the case never needs the email in clear once it is purged. Key: <c>Deletion:EmailHashKey</c>,
/// which also keys the funnel's conversation hashes (<see cref="Keyed"/>).
/// </summary>
public sealed class EmailHasher(IOptions<DeletionOptions> options)
{
    private readonly byte[] _key = string.IsNullOrWhiteSpace(options.Value.EmailHashKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Convert.FromBase64String(options.Value.EmailHashKey);

    public string Hash(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Keyed(email.Trim().ToLowerInvariant());
    }

    /// <summary>The same keyed hash of any other identifier, as given (the funnel's conversation ids).</summary>
    public string Keyed(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value)));
    }
}
