using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>Reads a request body with a size limit, checked while reading and not only by Content-Length.</summary>
internal static class LimitedRequestBody
{
    // Up to this Content-Length the result array is allocated up front (before a byte arrived, so kept small).
    private const int PreallocateUpTo = 64 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length and <= PreallocateUpTo)
        {
            // The usual case: read the Content-Length bytes straight into the result (the server's framing stops
            // the body there: a longer body is not possible, a shorter one fails the read).
            var body = new byte[length];
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return body[..filled];
                }

                filled += read;
            }

            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
