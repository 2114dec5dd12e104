namespace Khulnasoft.Bot.Receipts;

/// <summary>Settings of the erasure receipt signer (section <c>Receipts</c>).</summary>
public sealed class ReceiptOptions
{
    public const string SectionName = "Receipts";

    /// <summary>
    /// The ECDSA P-256 private key, PEM (PKCS#8 <c>BEGIN PRIVATE KEY</c> or SEC1 <c>BEGIN EC PRIVATE KEY</c>).
    /// Required outside Development; in Development an ephemeral key is generated when it is empty.
    /// Create one with <c>openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt</c>.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Goes into every receipt (<c>issuer</c>) and the JWS header (<c>iss</c>).</summary>
    public string Issuer { get; set; } = "khulnasoft-bot";

    /// <summary>The public address of <c>POST /receipts/verify</c>, quoted in the receipt notice. A path is resolved
    /// against the address this host listens on (set the public URL behind a proxy).</summary>
    public string VerifyUrl { get; set; } = "/receipts/verify";
}
