using System.Net;
using System.Net.Http.Headers;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Uploads a file to the OneDrive upload session Teams hands out on file consent (protocol doc §5.5): one
/// <c>PUT uploadUrl</c> with <c>Content-Range: bytes 0-{n-1}/{n}</c> and no bot token (the URL is the credential,
/// so it is never logged). A typed client: its timeout is <see cref="FileDeliveryOptions.UploadTimeout"/>.
/// </summary>
public sealed class TeamsFileUploader(HttpClient http, ILogger<TeamsFileUploader> logger)
{
    /// <summary>A single PUT must be smaller than 60 MiB; bigger files would need chunks. Invoices are far smaller, and the data export is bounded below it.</summary>
    public const int MaxSinglePutBytes = (60 * 1024 * 1024) - 1;

    /// <summary>True when OneDrive took the whole file; false (logged, without the URL) otherwise.</summary>
    public async Task<bool> UploadAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsAllowedTarget(uploadUrl))
        {
            FileDeliveryLog.UploadTargetRefused(logger);
            return false;
        }

        if (content.Length == 0 || content.Length > MaxSinglePutBytes)
        {
            FileDeliveryLog.UploadTooLarge(logger, content.Length);
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentLength = content.Length;
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
            {
                return true;
            }

            FileDeliveryLog.UploadRejected(logger, (int)response.StatusCode);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // TaskCanceledException without our token cancelled: HttpClient.Timeout.
            FileDeliveryLog.UploadFailed(logger, e.GetType().Name);
            return false;
        }
    }

    /// <summary>
    /// OneDrive upload sessions are https. Plain http is accepted only on loopback (a local test server), so a
    /// forged consent in an anonymous local setup cannot make the bot send a file across the network unencrypted.
    /// </summary>
    internal static bool IsAllowedTarget(string? uploadUrl) =>
        Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target)
        && (target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback));
}
