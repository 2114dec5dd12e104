using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// HMAC-SHA256 with <see cref="InvoiceOptions.SigningKey"/> for the two things invoice delivery hands out:
/// download link tokens (account id, invoice id, expiry) and proofs on Teams file-consent offers (which
/// conversation and Teams user the offer was made to, for which Khulnasoft user, account and invoice). Each kind
/// has its own label in the MAC, so one can never be passed off as the other.
/// </summary>
public sealed class InvoiceSigner(IOptions<InvoiceOptions> options, TimeProvider clock)
{
    /// <summary>Tokens longer than this are refused before any decoding.</summary>
    public const int MaxTokenLength = 1024;

    private static readonly byte[] LinkLabel = "khulnasoft.invoice-link.v1\n"u8.ToArray();
    private static readonly byte[] ConsentLabel = "khulnasoft.invoice-consent.v1\n"u8.ToArray();

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.SigningKey);
    private readonly TimeSpan _lifetime = options.Value.LinkLifetime;

    /// <summary>A token for a link that expires <see cref="InvoiceOptions.LinkLifetime"/> from now.</summary>
    public string CreateLinkToken(string accountId, string invoiceId) =>
        CreateLinkToken(new InvoiceLink(accountId, invoiceId, clock.GetUtcNow() + _lifetime));

    /// <summary>
    /// The token: <c>base64url(payload) "." base64url(mac)</c>, where the payload is the JSON array
    /// <c>[accountId, invoiceId, expiryUnixSeconds]</c> and the MAC covers the payload bytes exactly as sent.
    /// </summary>
    public string CreateLinkToken(InvoiceLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrEmpty(link.AccountId);
        ArgumentException.ThrowIfNullOrEmpty(link.InvoiceId);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new object[] { link.AccountId, link.InvoiceId, link.Expires.ToUnixTimeSeconds() });
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Mac(LinkLabel, payload))}";
    }

    /// <summary>Reads a token: <see cref="InvoiceLinkStatus.Invalid"/> unless it is well formed and signed with our key.</summary>
    public InvoiceLinkCheck ReadLinkToken(string? token)
    {
        var invalid = new InvoiceLinkCheck(InvoiceLinkStatus.Invalid, null);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return invalid;
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
            return invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(LinkLabel, payload)))
        {
            return invalid;
        }

        // Signed by us, so the payload is ours; still parse defensively (a key shared with an older format).
        if (ParsePayload(payload) is not { } link)
        {
            return invalid;
        }

        return clock.GetUtcNow() >= link.Expires
            ? new InvoiceLinkCheck(InvoiceLinkStatus.Expired, link)
            : new InvoiceLinkCheck(InvoiceLinkStatus.Valid, link);
    }

    /// <summary>The proof carried by a consent offer: binds the offer to the conversation and the Teams user it was sent to.</summary>
    public string CreateConsentProof(string conversationId, string teamsUserId, string userId, string accountId, string invoiceId)
    {
        var fields = JsonSerializer.SerializeToUtf8Bytes(new[] { conversationId, teamsUserId, userId, accountId, invoiceId });
        return Base64Url.EncodeToString(Mac(ConsentLabel, fields));
    }

    /// <summary>True when <paramref name="proof"/> was made by <see cref="CreateConsentProof"/> for exactly these values.</summary>
    public bool IsValidConsentProof(string? proof, string conversationId, string teamsUserId, string userId, string accountId, string invoiceId)
    {
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

        var fields = JsonSerializer.SerializeToUtf8Bytes(new[] { conversationId, teamsUserId, userId, accountId, invoiceId });
        return CryptographicOperations.FixedTimeEquals(given, Mac(ConsentLabel, fields));
    }

    private byte[] Mac(byte[] label, byte[] data)
    {
        var input = new byte[label.Length + data.Length];
        label.CopyTo(input, 0);
        data.CopyTo(input, label.Length);
        return HMACSHA256.HashData(_key, input);
    }

    private static InvoiceLink? ParsePayload(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 3
                || root[0].ValueKind != JsonValueKind.String || root[1].ValueKind != JsonValueKind.String
                || !root[2].TryGetInt64(out var expires))
            {
                return null;
            }

            var accountId = root[0].GetString();
            var invoiceId = root[1].GetString();
            if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(invoiceId))
            {
                return null;
            }

            return new InvoiceLink(accountId, invoiceId, DateTimeOffset.FromUnixTimeSeconds(expires));
        }
        catch (Exception e) when (e is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
