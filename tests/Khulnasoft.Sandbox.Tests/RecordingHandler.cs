using System.Collections.Concurrent;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>Sits in the bot's client pipeline next to the socket and keeps every raw answer (what the client read).</summary>
internal sealed class RecordingHandler(Uri apiBase, ConcurrentQueue<RecordedExchange> exchanges) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = response.Content.Headers.ContentType?.MediaType == "application/pdf" ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        exchanges.Enqueue(new RecordedExchange(
            request.Method.Method,
            "/" + apiBase.MakeRelativeUri(new Uri(uri.GetLeftPart(UriPartial.Path))).ToString(),
            uri.Query,
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.ToString(),
            body));
        return response;
    }
}
