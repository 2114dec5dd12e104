namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Builds the absolute, signed download URL of an invoice: <c>{public base}/invoices/files/{token}</c>. The base is
/// resolved on every call (<paramref name="publicBase"/>), because the listening address is known only once the
/// server runs.
/// </summary>
public sealed class InvoiceLinks(InvoiceSigner signer, Func<Uri> publicBase)
{
    /// <summary>The route of the download endpoint, relative to the public base.</summary>
    public const string RoutePrefix = "invoices/files";

    public Uri For(string accountId, string invoiceId) => ForToken(signer.CreateLinkToken(accountId, invoiceId));

    public Uri ForToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new Uri(publicBase(), $"{RoutePrefix}/{Uri.EscapeDataString(token)}");
    }
}
