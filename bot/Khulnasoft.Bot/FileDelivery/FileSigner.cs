using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// HMAC-SHA256 with <see cref="FileDeliveryOptions.SigningKey"/> for the two things file delivery hands out: download
/// link tokens (a purpose's fields and an expiry) and proofs on Teams file-consent offers (the fields of the offer:
/// conversation, Teams user, Khulnasoft user, what is offered). Every purpose and kind has its own label in the MAC.
/// </summary>
public sealed class FileSigner(IOptions<FileDeliveryOptions> options, TimeProvider clock)
{
    /// <summary>Tokens and proofs longer than this are refused before any decoding.</summary>
    public const int MaxTokenLength = 1024;

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.SigningKey);

    /// <summary>
    /// The token: <c>base64url(payload) "." base64url(mac)</c>, where the payload is the JSON array
    /// <c>[...fields, expiryUnixSeconds]</c> and the MAC covers the payload bytes exactly as sent.
    /// </summary>
    public string CreateToken(FilePurpose purpose, IReadOnlyList<string> fields, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            ArgumentException.ThrowIfNullOrEmpty(field, nameof(fields));
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes<object[]>([.. fields, expires.ToUnixTimeSeconds()]);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Mac(purpose.LinkLabel, payload))}";
    }

    /// <summary>
    /// Reads a token of <paramref name="purpose"/> made with exactly <paramref name="fieldCount"/> fields:
    /// <see cref="SignedLinkStatus.Invalid"/> unless it is well formed and signed with our key for this purpose.
    /// </summary>
    public SignedToken ReadToken(FilePurpose purpose, string? token, int fieldCount)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return SignedToken.Invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return SignedToken.Invalid;
        }

        byte[] payload;
        byte[] mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return SignedToken.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(purpose.LinkLabel, payload)))
        {
            return SignedToken.Invalid;
        }

        // Signed by us, so the payload is ours; still parse defensively (a key shared with an older format).
        if (ParsePayload(payload, fieldCount) is not { } read)
        {
            return SignedToken.Invalid;
        }

        var status = clock.GetUtcNow() >= read.Expires ? SignedLinkStatus.Expired : SignedLinkStatus.Valid;
        return new SignedToken(status, read.Fields, read.Expires);
    }

    /// <summary>The proof carried by a consent offer: binds the offer to exactly these fields.</summary>
    public string CreateProof(FilePurpose purpose, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(fields);
        return Base64Url.EncodeToString(Mac(purpose.ConsentLabel, JsonSerializer.SerializeToUtf8Bytes(fields)));
    }

    /// <summary>True when <paramref name="proof"/> was made by <see cref="CreateProof"/> for exactly these fields.</summary>
    public bool IsValidProof(FilePurpose purpose, string? proof, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrEmpty(proof) || proof.Length > MaxTokenLength)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(proof);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(purpose.ConsentLabel, JsonSerializer.SerializeToUtf8Bytes(fields)));
    }

    private byte[] Mac(byte[] label, byte[] data)
    {
        var input = new byte[label.Length + data.Length];
        label.CopyTo(input, 0);
        data.CopyTo(input, label.Length);
        return HMACSHA256.HashData(_key, input);
    }

    private static (IReadOnlyList<string> Fields, DateTimeOffset Expires)? ParsePayload(byte[] payload, int fieldCount)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != fieldCount + 1 || !root[fieldCount].TryGetInt64(out var expires))
            {
                return null;
            }

            var fields = new string[fieldCount];
            for (var i = 0; i < fieldCount; i++)
            {
                if (root[i].ValueKind != JsonValueKind.String || root[i].GetString() is not { Length: > 0 } field)
                {
                    return null;
                }

                fields[i] = field;
            }

            return (fields, DateTimeOffset.FromUnixTimeSeconds(expires));
        }
        catch (Exception e) when (e is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
