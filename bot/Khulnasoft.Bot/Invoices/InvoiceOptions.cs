using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Settings of invoice delivery (section <c>Invoices</c>). The signing key, public base URL and upload timeout in the
/// same section are shared with the data export: <see cref="FileDelivery.FileDeliveryOptions"/>.
/// </summary>
public sealed class InvoiceOptions
{
    public const string SectionName = "Invoices";

    /// <summary>How long a download link works after it was sent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
