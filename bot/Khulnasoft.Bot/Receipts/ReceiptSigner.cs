using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Receipts;

/// <summary>
/// Signs and verifies erasure receipts as compact JWS with ES256 (ECDSA P-256, SHA-256). Anyone holding the public
/// key (served at <c>GET /receipts/public-key</c>) can verify a receipt without us. Singleton: holds the key.
/// </summary>
public sealed class ReceiptSigner : IDisposable
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);
    private readonly ECDsa _key;
    private readonly string _keyId;

    public ReceiptSigner(IOptions<ReceiptOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _key = ECDsa.Create();
        if (!string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            _key.ImportFromPem(options.Value.SigningKey);
        }
        else if (environment.IsDevelopment())
        {
            _key.GenerateKey(ECCurve.NamedCurves.nistP256);
        }
        else
        {
            throw new InvalidOperationException("Receipts:SigningKey is required outside Development.");
        }

        if (_key.KeySize != 256)
        {
            throw new InvalidOperationException("Receipts:SigningKey must be an ECDSA P-256 key.");
        }

        Issuer = options.Value.Issuer;
        PublicKeyPem = _key.ExportSubjectPublicKeyInfoPem();
        _keyId = Convert.ToHexStringLower(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()))[..16];
    }

    /// <summary>The verification key (SubjectPublicKeyInfo PEM).</summary>
    public string PublicKeyPem { get; }

    public string KeyId => _keyId;

    public string Issuer { get; }

    public SignedReceipt Sign(ErasureReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var header = new JsonObject { ["alg"] = "ES256", ["typ"] = "erasure-receipt+jws", ["kid"] = _keyId };
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(receipt, PayloadJson));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new SignedReceipt(signingInput + "." + Base64Url(signature), receipt);
    }

    public ReceiptVerification Verify(string token)
    {
        var parts = (token ?? "").Trim().Split('.');
        if (parts.Length != 3)
        {
            return new ReceiptVerification(false, null, "not a compact JWS (three dot-separated parts)");
        }

        try
        {
            var header = JsonNode.Parse(Base64UrlDecode(parts[0]));
            if (header?["alg"]?.GetValue<string>() != "ES256")
            {
                return new ReceiptVerification(false, null, "unsupported algorithm");
            }

            var valid = _key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            if (!valid)
            {
                return new ReceiptVerification(false, null, "signature does not match");
            }

            var receipt = JsonSerializer.Deserialize<ErasureReceipt>(Base64UrlDecode(parts[1]), PayloadJson);
            return new ReceiptVerification(receipt is not null, receipt, receipt is null ? "empty payload" : null);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return new ReceiptVerification(false, null, "malformed receipt");
        }
    }

    public void Dispose() => _key.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("bad base64url length") };
        return Convert.FromBase64String(s);
    }
}
