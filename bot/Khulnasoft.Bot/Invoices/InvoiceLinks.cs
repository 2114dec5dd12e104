using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>Builds the absolute, signed download URL of an invoice: <c>{public base}/invoices/files/{token}</c>.</summary>
public sealed class InvoiceLinks(InvoiceSigner signer, SignedFileLinks links)
{
    /// <summary>The route of the download endpoint, relative to the public base.</summary>
    public const string RoutePrefix = "invoices/files";

    public Uri For(string accountId, string invoiceId) => ForToken(signer.CreateLinkToken(accountId, invoiceId));

    public Uri ForToken(string token) => links.For(RoutePrefix, token);
}
