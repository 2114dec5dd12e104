using System.Net.WebSockets;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The WebSocket stream (protocol doc §4.2): activity sets with watermarks, empty keepalive messages, replay from
/// the watermark in the <c>streamUrl</c>. It reads from the store, so it sees activities appended by any instance.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    private const int PageSize = 100;

    public static async Task<IResult> StreamAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        DirectLineTokenService tokens,
        IDirectLineStore store,
        DirectLineSignals signals,
        IOptions<DirectLineOptions> options,
        TimeProvider clock,
        ILogger<DirectLineChannel> logger)
    {
        var status = tokens.Validate(t ?? "", out var claims);
        if (status == DirectLineTokenStatus.Expired)
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired");
        }

        if (status != DirectLineTokenStatus.Valid || claims!.Scope != DirectLineTokenScope.Stream
            || !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineHttp.Forbidden();
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        if (!DirectLineActivityIds.TryParseWatermark(watermark, out var from))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        }

        var aborted = context.RequestAborted;
        if (await store.GetConversationAsync(conversationId, aborted).ConfigureAwait(false) is null)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        // Subscribe before the first read, so an activity appended in between still wakes us.
        using var subscription = signals.Subscribe(conversationId);
        if (string.IsNullOrEmpty(watermark))
        {
            from = await store.GetWatermarkAsync(conversationId, aborted).ConfigureAwait(false);
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        DirectLineLog.StreamOpened(logger, conversationId, from);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var receiving = ReceiveUntilClosedAsync(socket, closing);
        var sending = SendAsync(socket, store, subscription, conversationId, from, options.Value.KeepAliveInterval, clock, closing.Token);
        try
        {
            await Task.WhenAny(receiving, sending).ConfigureAwait(false);
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            await IgnoreCancellation(receiving).ConfigureAwait(false);
            await IgnoreCancellation(sending).ConfigureAwait(false);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), clock);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closeTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                    // The peer is gone; nothing left to tell it.
                }
            }

            DirectLineLog.StreamClosed(logger, conversationId);
        }

        return Results.Empty;
    }

    private static async Task SendAsync(
        WebSocket socket,
        IDirectLineStore store,
        DirectLineSubscription subscription,
        string conversationId,
        long watermark,
        TimeSpan keepAlive,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await store.GetActivitiesAsync(conversationId, watermark, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Activities.Count > 0)
            {
                watermark = page.Watermark;
                var set = new DirectLineActivitySet(page.Activities, DirectLineActivityIds.Watermark(watermark));
                var frame = JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options);
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!await subscription.WaitAsync(keepAlive, clock, cancellationToken).ConfigureAwait(false))
            {
                // An empty message keeps proxies from closing an idle socket; clients ignore it.
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The client only sends empty keepalives; we read to notice the close (and ignore everything else).
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (WebSocketException)
        {
            // A dropped connection ends the stream like a close does.
        }
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Expected when the other half of the stream ended first.
        }
    }
}
