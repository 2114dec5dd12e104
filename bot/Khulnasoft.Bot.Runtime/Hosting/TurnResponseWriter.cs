using System.Buffers;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Http;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>Writes a turn's answer to the messaging endpoint's HTTP response (protocol doc §2.4).</summary>
internal static class TurnResponseWriter
{
    private static readonly byte[] ActivitiesPrefix = "{\"activities\":"u8.ToArray();
    private static readonly byte[] ObjectEnd = "}"u8.ToArray();

    /// <summary>200 empty, 200 <c>{"activities":[…]}</c> for <c>expectReplies</c>, or the invoke response.</summary>
    public static async Task WriteAsync(HttpResponse response, InvokeResponse? result, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = 0;
            return;
        }

        response.StatusCode = result.Status;
        if (result.PendingRepliesJson is { } repliesJson)
        {
            // expectReplies, and the turn gate already serialized exactly these replies (a JSON array) for its record.
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = ActivitiesPrefix.Length + repliesJson.Length + 1;
            var writer = response.BodyWriter;
            writer.Write(ActivitiesPrefix);
            writer.Write(repliesJson);
            writer.Write(ObjectEnd);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        byte[] bytes;
        if (result.PendingReplies is { } replies)
        {
            // expectReplies: the activities are serialized once, straight to the body (no JsonNode in between).
            bytes = JsonSerializer.SerializeToUtf8Bytes(replies, BotJson.Options);
        }
        else if (result.Body is { } body)
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        }
        else
        {
            response.ContentLength = 0;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
