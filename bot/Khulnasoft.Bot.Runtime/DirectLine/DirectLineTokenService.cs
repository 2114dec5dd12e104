using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Mints and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 under a key derived from the secret.
/// They are JWTs because DirectLineJS decodes the token and takes its <c>user</c> claim as the user id.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Issuer = "khulnasoft-directline";
    private static readonly byte[] KeyLabel = Encoding.UTF8.GetBytes("khulnasoft.directline.token.v1");
    private static readonly string EncodedHeader = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);

    private readonly byte[] _key;
    private readonly byte[] _secret;
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
        _secret = Encoding.UTF8.GetBytes(_options.Secret);
        _key = HMACSHA256.HashData(_secret, KeyLabel);
    }

    /// <summary>True when <paramref name="bearer"/> is the configured secret (compared in constant time).</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);

    /// <summary>A conversation token for <paramref name="conversationId"/>, valid for the configured lifetime from now.</summary>
    public (string Token, DirectLineToken Claims) IssueConversationToken(string conversationId, string? userId, string? userName)
    {
        var now = _clock.GetUtcNow();
        var claims = new DirectLineToken(conversationId, userId, userName, DirectLineTokenScope.Conversation, now, now + _options.TokenLifetime);
        return (Sign(claims), claims);
    }

    /// <summary>A short-lived token that opens the conversation's WebSocket stream.</summary>
    public string IssueStreamToken(DirectLineToken conversationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationToken);
        var now = _clock.GetUtcNow();
        return Sign(conversationToken with { Scope = DirectLineTokenScope.Stream, IssuedAt = now, ExpiresAt = now + _options.StreamUrlLifetime });
    }

    /// <summary>Reads and checks a token; <paramref name="claims"/> is set for valid and expired tokens.</summary>
    public DirectLineTokenStatus Validate(string token, out DirectLineToken? claims)
    {
        claims = null;
        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], EncodedHeader, StringComparison.Ordinal))
        {
            return DirectLineTokenStatus.Invalid;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        byte[] signature;
        byte[] payload;
        try
        {
            signature = Base64UrlDecode(parts[2]);
            payload = Base64UrlDecode(parts[1]);
        }
        catch (FormatException)
        {
            return DirectLineTokenStatus.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return DirectLineTokenStatus.Invalid;
        }

        claims = ReadClaims(payload);
        if (claims is null)
        {
            return DirectLineTokenStatus.Invalid;
        }

        return _clock.GetUtcNow() >= claims.ExpiresAt ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid;
    }

    /// <summary>A new random conversation id (128 bits, URL-safe).</summary>
    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private string Sign(DirectLineToken claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", Issuer);
            writer.WriteString("conv", claims.ConversationId);
            if (claims.UserId is not null)
            {
                writer.WriteString("user", claims.UserId);
            }

            if (claims.UserName is not null)
            {
                writer.WriteString("name", claims.UserName);
            }

            writer.WriteString("scp", claims.Scope == DirectLineTokenScope.Stream ? "stream" : "conversation");
            writer.WriteNumber("iat", claims.IssuedAt.ToUnixTimeSeconds());
            writer.WriteNumber("exp", claims.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }

        var signingInput = EncodedHeader + "." + Base64Url(buffer.ToArray());
        var signature = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    private static DirectLineToken? ReadClaims(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("iss", out var iss) || iss.GetString() != Issuer
                || !root.TryGetProperty("conv", out var conv) || conv.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("scp", out var scp)
                || !root.TryGetProperty("iat", out var iat) || !root.TryGetProperty("exp", out var exp))
            {
                return null;
            }

            var scope = scp.GetString() switch
            {
                "conversation" => DirectLineTokenScope.Conversation,
                "stream" => DirectLineTokenScope.Stream,
                _ => (DirectLineTokenScope?)null,
            };
            if (scope is null)
            {
                return null;
            }

            return new DirectLineToken(
                conv.GetString()!,
                root.TryGetProperty("user", out var user) ? user.GetString() : null,
                root.TryGetProperty("name", out var name) ? name.GetString() : null,
                scope.Value,
                DateTimeOffset.FromUnixTimeSeconds(iat.GetInt64()),
                DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Bad base64url length.") };
        return Convert.FromBase64String(padded);
    }
}
