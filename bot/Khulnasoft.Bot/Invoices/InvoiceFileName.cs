using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>The file name a user gets for an invoice: <c>invoice-{number}.pdf</c>, safe on every file system.</summary>
public static class InvoiceFileName
{
    public static string For(string invoiceNumber) => $"invoice-{SafeFileName.Of(invoiceNumber)}.pdf";

    /// <summary>
    /// The name for a PDF as the account API served it: the API names it <c>{number}.pdf</c> (docs/khulnasoft-api.md),
    /// so the number is the name without its extension.
    /// </summary>
    public static string FromApiFileName(string apiFileName, string invoiceId)
    {
        ArgumentNullException.ThrowIfNull(apiFileName);
        var number = apiFileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? apiFileName[..^4] : apiFileName;
        return For(string.IsNullOrWhiteSpace(number) ? invoiceId : number);
    }
}
