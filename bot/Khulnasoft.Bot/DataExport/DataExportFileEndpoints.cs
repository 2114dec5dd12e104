using Khulnasoft.Bot.FileDelivery;
using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// <c>GET /exports/files/{token}</c>: the signed download link of a copy of one's data. Tampered or malformed → 403,
/// expired → 410; valid → the zip, built now from the account API. When the API fails part-way the answer is an
/// error (503 with Retry-After when it was unavailable, 502 when it refused, 404 when the user no longer exists) and
/// no byte of a zip is sent; a zip past the size limit → 500 with the limit. Never cached, no referrer. The texts
/// speak the link's language (<see cref="LinkPageLanguage"/>).
/// </summary>
public static class DataExportFileEndpoints
{
    public const string Route = "/" + DataExportLinks.RoutePrefix + "/{token}";

    public static RouteHandlerBuilder MapDataExportFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, DownloadAsync);

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext context, DataExportSigner signer, DataExportBuilder builder, DataExportAudit audit, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(DataExportFileEndpoints));
        SignedFileResponses.PreventCaching(context.Response);
        LinkPageLanguage.Use(context);

        var check = signer.ReadLinkToken(token);
        DataExportLog.LinkUsed(logger, check.Status, check.Link?.ExportId);
        if (check is not { Status: SignedLinkStatus.Valid, Link: { } link })
        {
            return SignedFileResponses.Refusal(check.Status, DataExportMessages.LinkExpired, DataExportMessages.LinkInvalid);
        }

        DataExportArchive archive;
        try
        {
            archive = await builder.BuildAsync(link.UserId, cancellationToken).ConfigureAwait(false);
        }
        catch (DataExportFailedException e)
        {
            DataExportLog.Failed(logger, link.UserId, e.Step, e.Reason);
            await audit.RecordAsync(link.UserId, DataExportAudit.Failed, new Dictionary<string, string> { ["exportId"] = link.ExportId, ["reason"] = e.Reason }, cancellationToken).ConfigureAwait(false);
            if (e.UserGone)
            {
                return SignedFileResponses.Text(StatusCodes.Status404NotFound, DataExportMessages.LinkUserGone);
            }

            if (e.IsTransient)
            {
                context.Response.Headers[HeaderNames.RetryAfter] = "60";
                return SignedFileResponses.Text(StatusCodes.Status503ServiceUnavailable, DataExportMessages.LinkApiUnavailable);
            }

            return SignedFileResponses.Text(StatusCodes.Status502BadGateway, DataExportMessages.LinkApiFailed);
        }
        catch (DataExportTooLargeException e)
        {
            DataExportLog.TooLarge(logger, link.UserId, e.LimitBytes);
            await audit.RecordAsync(link.UserId, DataExportAudit.Failed, new Dictionary<string, string> { ["exportId"] = link.ExportId, ["reason"] = "too_large" }, cancellationToken).ConfigureAwait(false);
            return SignedFileResponses.Text(StatusCodes.Status500InternalServerError, DataExportMessages.LinkTooLarge(e.LimitBytes));
        }

        DataExportLog.Downloaded(logger, link.ExportId, archive.Content.Length);
        await audit.RecordAsync(link.UserId, DataExportAudit.Downloaded, DataExportDelivery.Details(link.ExportId, archive), cancellationToken).ConfigureAwait(false);
        return Results.File(archive.Content, DataExportDelivery.ZipContentType, archive.FileName);
    }
}
