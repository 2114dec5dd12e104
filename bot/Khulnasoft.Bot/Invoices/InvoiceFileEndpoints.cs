using Khulnasoft.Bot.Accounts;
using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// <c>GET /invoices/files/{token}</c>: the signed download link. Tampered or malformed → 403, expired → 410, valid →
/// the PDF from the account API as an attachment. The token is the only credential, so responses are never cached
/// and the page sends no referrer.
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
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";

        var check = signer.ReadLinkToken(token);
        InvoicesLog.LinkUsed(logger, check.Status, check.Link?.InvoiceId);
        if (check is not { Status: InvoiceLinkStatus.Valid, Link: { } link })
        {
            return check.Status == InvoiceLinkStatus.Expired
                ? Results.Text(InvoiceMessages.LinkExpired, "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone)
                : Results.Text(InvoiceMessages.LinkInvalid, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        try
        {
            var pdf = await api.GetInvoicePdfAsync(link.AccountId, link.InvoiceId, cancellationToken).ConfigureAwait(false);
            return Results.File(pdf.Content, InvoiceDelivery.PdfContentType, InvoiceFileName.FromApiFileName(pdf.FileName, link.InvoiceId));
        }
        catch (AccountNotFoundException)
        {
            InvoicesLog.LinkApiFailed(logger, "not found");
            return Results.Text(InvoiceMessages.InvoiceGone, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        catch (AccountApiUnavailableException)
        {
            InvoicesLog.LinkApiFailed(logger, "unavailable");
            headers[HeaderNames.RetryAfter] = "60";
            return Results.Text(InvoiceMessages.ApiUnavailable, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
