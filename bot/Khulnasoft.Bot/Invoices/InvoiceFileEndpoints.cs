using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.FileDelivery;
using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// <c>GET /invoices/files/{token}</c>: the signed download link. Tampered or malformed → 403, expired → 410, valid →
/// the PDF from the account API as an attachment. The token is the only credential, so responses are never cached
/// and the page sends no referrer. The texts speak the link's language (<see cref="LinkPageLanguage"/>).
/// </summary>
public static class InvoiceFileEndpoints
{
    public const string Route = "/" + InvoiceLinks.RoutePrefix + "/{token}";

    public static RouteHandlerBuilder MapInvoiceFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync);

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext context, InvoiceSigner signer, KhulnasoftApiClient api, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(InvoiceFileEndpoints));
        SignedFileResponses.PreventCaching(context.Response);
        LinkPageLanguage.Use(context);

        var check = signer.ReadLinkToken(token);
        InvoicesLog.LinkUsed(logger, check.Status, check.Link?.InvoiceId);
        if (check is not { Status: SignedLinkStatus.Valid, Link: { } link })
        {
            return SignedFileResponses.Refusal(check.Status, InvoiceMessages.LinkExpired, InvoiceMessages.LinkInvalid);
        }

        try
        {
            var pdf = await api.GetInvoicePdfAsync(link.AccountId, link.InvoiceId, cancellationToken).ConfigureAwait(false);
            return Results.File(pdf.Content, InvoiceDelivery.PdfContentType, InvoiceFileName.FromApiFileName(pdf.FileName, link.InvoiceId));
        }
        catch (AccountNotFoundException)
        {
            InvoicesLog.LinkApiFailed(logger, "not found");
            return SignedFileResponses.Text(StatusCodes.Status404NotFound, InvoiceMessages.InvoiceGone);
        }
        catch (AccountApiUnavailableException)
        {
            InvoicesLog.LinkApiFailed(logger, "unavailable");
            context.Response.Headers[HeaderNames.RetryAfter] = "60";
            return SignedFileResponses.Text(StatusCodes.Status503ServiceUnavailable, InvoiceMessages.ApiUnavailable);
        }
    }
}
