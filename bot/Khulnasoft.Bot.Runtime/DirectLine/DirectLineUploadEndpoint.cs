using System.Security.Cryptography;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload?userId=</c>: one raw file, or multipart with an optional <c>activity</c> part
/// and one <c>file</c> part per file. The files are stored and attached to the activity by URL; the URL is an
/// unguessable capability (so an &lt;img&gt; in Web Chat can load it) that lives as long as the conversation's TTL.
/// </summary>
internal static class DirectLineUploadEndpoint
{
    public static async Task<IResult> UploadAsync(
        string conversationId,
        string? userId,
        HttpContext context,
        DirectLineTokenService tokens,
        DirectLineChannel channel,
        IDirectLineStore store,
        [FromServices] BotAdapter adapter,
        [FromServices] IBot bot,
        ILogger<DirectLineChannel> logger,
        CancellationToken cancellationToken)
    {
        if (DirectLineHttp.AuthorizeConversation(context, tokens, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrEmpty(userId))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The userId query parameter is required.");
        }

        var limit = channel.Options.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        Activity activity;
        List<(string ContentType, string? Name, byte[] Content)> files;
        try
        {
            (activity, files) = context.Request.HasFormContentType
                ? await ReadMultipartAsync(context.Request, channel.Options.MaxActivityBytes, cancellationToken).ConfigureAwait(false)
                : await ReadSingleFileAsync(context.Request, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (UnreadableActivityException e) when (e.Error.Field is { } field and not "$")
        {
            return DirectLineHttp.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Invalid activity", "The activity part: " + e.Error.Detail, field);
        }
        catch (Exception e) when (e is InvalidDataException or UnreadableActivityException)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The upload is not valid multipart or activity JSON.");
        }

        if (files.Count == 0)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The upload has no file.");
        }

        var total = files.Sum(f => (long)f.Content.Length);
        var quota = await store.TryReserveUploadAsync(conversationId, files.Count, total, cancellationToken).ConfigureAwait(false);
        if (!quota.Granted)
        {
            DirectLineLog.UploadQuotaExceeded(logger, files.Count, total, conversationId);
            context.Response.Headers.RetryAfter = RetryAfterSeconds(quota.ResetsIn);
            return DirectLineHttp.Problem(
                StatusCodes.Status413PayloadTooLarge,
                "UploadQuotaExceeded",
                "Upload quota exceeded",
                $"This conversation may receive at most {channel.Options.MaxConversationUploadFiles} files and {channel.Options.MaxConversationUploadBytes} bytes of uploads; this upload would go over, and nothing of it was stored.");
        }

        activity.Type ??= ActivityTypes.Message;
        activity.From ??= new ChannelAccount(userId);
        activity.From.Id ??= userId;
        activity.Attachments ??= [];
        try
        {
            foreach (var (declaredType, name, content) in files)
            {
                var (contentType, _) = AttachmentMediaTypes.Decide(declaredType, content);
                var attachment = new DirectLineAttachment(NewAttachmentId(), conversationId, contentType, name, content);
                await store.SaveAttachmentAsync(attachment, cancellationToken).ConfigureAwait(false);
                activity.Attachments.Add(new Attachment
                {
                    ContentType = contentType,
                    ContentUrl = DirectLineHttp.AttachmentUrl(context, channel.Options, attachment.Id),
                    Name = name,
                });
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await ReleaseQuietlyAsync(store, conversationId, files.Count, total).ConfigureAwait(false);
            throw;
        }

        DirectLineLog.Uploaded(logger, files.Count, total, conversationId);
        return await DirectLineEndpoints.PostUserActivityAsync(channel, conversation, activity, caller.Token, adapter, bot, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IResult> GetAttachmentAsync(string attachmentId, IDirectLineStore store, CancellationToken cancellationToken)
    {
        var attachment = await store.GetAttachmentAsync(attachmentId, cancellationToken).ConfigureAwait(false);
        if (attachment is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status404NotFound, "NotFound", "Attachment not found.");
        }

        // Decided again when served, so a file stored under its declared type (before this check existed) is safe too.
        var (contentType, inline) = AttachmentMediaTypes.Decide(attachment.ContentType, attachment.Content.Span);
        return new AttachmentResult(attachment, contentType, inline);
    }

    private static async Task<(Activity Activity, List<(string, string?, byte[])> Files)> ReadMultipartAsync(HttpRequest request, int maxActivityBytes, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        Activity? activity = null;
        var files = new List<(string, string?, byte[])>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (string.Equals(file.Name, "activity", StringComparison.Ordinal))
            {
                // Browsers send a Blob part with filename "blob"; it holds the activity JSON.
                activity = ParseActivity(buffer.ToArray(), maxActivityBytes);
            }
            else if (string.Equals(file.Name, "file", StringComparison.Ordinal))
            {
                files.Add((string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, file.FileName, buffer.ToArray()));
            }
        }

        if (activity is null && form.TryGetValue("activity", out var text) && text.Count > 0)
        {
            activity = ParseActivity(System.Text.Encoding.UTF8.GetBytes(text.ToString()), maxActivityBytes);
        }

        return (activity ?? Activity.CreateMessageActivity(), files);
    }

    private static async Task<(Activity Activity, List<(string, string?, byte[])> Files)> ReadSingleFileAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var body = await LimitedRequestBody.ReadAsync(request, (int)Math.Min(limit, int.MaxValue), cancellationToken).ConfigureAwait(false)
            ?? throw new BadHttpRequestException("Too large", StatusCodes.Status413PayloadTooLarge);
        string? name = null;
        if (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        }

        var contentType = string.IsNullOrEmpty(request.ContentType) ? "application/octet-stream" : request.ContentType;
        return (Activity.CreateMessageActivity(), [(contentType, name, body)]);
    }

    private static Activity ParseActivity(byte[] json, int maxActivityBytes)
    {
        if (json.Length > maxActivityBytes)
        {
            throw new BadHttpRequestException("Too large", StatusCodes.Status413PayloadTooLarge);
        }

        return ActivityJsonReader.Read(json, out var error) ?? throw new UnreadableActivityException(error);
    }

    private static async Task ReleaseQuietlyAsync(IDirectLineStore store, string conversationId, int files, long bytes)
    {
        try
        {
            await store.ReleaseUploadAsync(conversationId, files, bytes, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageUnavailableException)
        {
            // The store is down (which is why saving failed): the reservation stays counted until its window ends.
        }
    }

    private static string RetryAfterSeconds(TimeSpan wait) =>
        ((long)Math.Max(1, Math.Ceiling(wait.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string NewAttachmentId() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static IResult TooLarge() =>
        DirectLineHttp.Problem(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "Upload too large", "The upload is larger than the channel accepts (DirectLine:MaxUploadBytes).");

    /// <summary>
    /// The file, with headers that keep it inert wherever it is opened: the server's own media type, <c>nosniff</c>,
    /// and a CSP under which a rendered document runs no script, loads nothing and has an opaque origin (no access
    /// to this origin's storage). Images still show in an &lt;img&gt;: a subresource's CSP does not apply to it.
    /// </summary>
    private sealed class AttachmentResult(DirectLineAttachment attachment, string contentType, bool inline) : IResult
    {
        public const string ContentSecurityPolicy = "default-src 'none'; sandbox";

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = contentType;
            response.ContentLength = attachment.Content.Length;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers.CacheControl = "private, max-age=3600";
            var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
            if (attachment.Name is not null)
            {
                disposition.SetHttpFileName(attachment.Name);
            }

            response.Headers.ContentDisposition = disposition.ToString();
            await response.Body.WriteAsync(attachment.Content, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
