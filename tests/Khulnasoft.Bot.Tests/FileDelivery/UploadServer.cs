using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>
/// Stands in for the OneDrive upload session Teams hands out on file consent: a real Kestrel server on loopback that
/// records every PUT (path, Content-Range, Content-Length, Authorization, body). <c>PUT /upload/{id}</c> answers 201
/// like a finished upload session; <c>PUT /broken/{id}</c> answers 500.
/// </summary>
public sealed class UploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UploadServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedUpload> Uploads { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<UploadServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new UploadServer(app);

        async Task<RecordedUpload> Record(HttpContext context)
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var upload = new RecordedUpload(
                context.Request.Path,
                context.Request.Headers.ContentRange.ToString(),
                context.Request.ContentLength,
                context.Request.Headers.Authorization.ToString(),
                body.ToArray());
            server.Uploads.Enqueue(upload);
            return upload;
        }

        app.MapPut("/upload/{id}", async (HttpContext context, string id) =>
        {
            var upload = await Record(context);
            return Results.Json(new { id, name = id + ".pdf", size = upload.Body.Length }, statusCode: StatusCodes.Status201Created);
        });
        app.MapPut("/broken/{id}", async (HttpContext context) =>
        {
            await Record(context);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        });
        await app.StartAsync();
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    public IReadOnlyList<RecordedUpload> To(string id) => [.. Uploads.Where(u => u.Path.EndsWith("/" + id, StringComparison.Ordinal))];

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
