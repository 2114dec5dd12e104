using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.FaultTests.Published;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on a free loopback port: keeps the protobuf body of every
/// <c>POST /v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c> and answers 200 (an empty export response).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver._exports.Enqueue((signal, body.ToArray()));
            return Microsoft.AspNetCore.Http.Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        receiver.Endpoint = app.Urls.First().TrimEnd('/');
        return receiver;
    }

    /// <summary>True when an export of <paramref name="signal"/> (traces, metrics, logs) holds every one of <paramref name="texts"/> (protobuf keeps strings as UTF-8).</summary>
    public bool Received(string signal, params string[] texts) =>
        _exports.Any(e => e.Signal == signal && texts.All(t => e.Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(t)) >= 0));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
