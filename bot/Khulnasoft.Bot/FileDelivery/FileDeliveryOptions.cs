using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Settings shared by everything the bot hands out as a file (invoices, the data export): the key of the signed links
/// and consent proofs, the public address of the links, and the Teams upload timeout. The section is still
/// <c>Invoices</c>: the settings came with invoice delivery, and renaming them would break deployed configuration.
/// </summary>
public sealed class FileDeliveryOptions
{
    public const string SectionName = "Invoices";

    /// <summary>
    /// The key used in Development when <see cref="SigningKey"/> is empty. It is public (it is in the source and the
    /// docs), so the host refuses it outside Development.
    /// </summary>
    public const string DevelopmentSigningKey = "khulnasoft-bot-development-invoice-key-do-not-use-in-production";

    /// <summary>Smallest accepted <see cref="SigningKey"/> length, in characters.</summary>
    public const int MinimumSigningKeyLength = 32;

    /// <summary>
    /// HMAC-SHA256 key of the signed download links and of the Teams file-consent offers (UTF-8, at least 32
    /// characters; e.g. <c>openssl rand -base64 48</c>). Required outside Development; in Development an empty value
    /// means <see cref="DevelopmentSigningKey"/>. Changing it invalidates every link and offer already sent.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// The address users' browsers reach the bot at (e.g. <c>https://bot.khulnasoft.com</c>), prefix of every
    /// download link. Empty: the first address the host listens on (fine locally, not behind a proxy).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Timeout of one upload of a file to the OneDrive upload URL Teams gives on file consent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
