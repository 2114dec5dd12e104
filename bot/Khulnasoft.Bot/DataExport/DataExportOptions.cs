using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Settings of "Send me a copy of my data" (section <c>DataExport</c>). The signing key, public base URL and Teams
/// upload timeout are the shared file delivery settings (<see cref="FileDelivery.FileDeliveryOptions"/>).
/// </summary>
public sealed class DataExportOptions
{
    public const string SectionName = "DataExport";

    /// <summary>How long a download link works after it was sent. Shorter than an invoice link: it opens everything.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The largest zip the bot builds and sends, in bytes (default 50 MiB). Bigger exports are refused with a clear
    /// message, never cut short. At most what one upload to Teams' OneDrive session takes (60 MiB - 1).
    /// </summary>
    [Range(1024, (60 * 1024 * 1024) - 1)]
    public int MaxSizeBytes { get; set; } = 50 * 1024 * 1024;
}
