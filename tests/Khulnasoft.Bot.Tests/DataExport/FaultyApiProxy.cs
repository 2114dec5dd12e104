using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>
/// The account API as the bot reaches it over the network, with faults: a real Kestrel server on loopback that
/// forwards every request (method, path, query, Authorization, body) to <see cref="Upstream"/> (a real sandbox) and
/// passes its answer back — except for requests <see cref="Fault"/> picks, which get the status it returns (with the
/// API's error envelope). So a failure can be made to happen part-way through a series of real answers.
/// </summary>
public sealed class FaultyApiProxy : IAsyncDisposable
{
    private static readonly string[] PassedHeaders = ["Content-Type", "Content-Disposition", "Retry-After"];
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new();

    private FaultyApiProxy(WebApplication app) => _app = app;

    /// <summary>The base URL of the account API behind the proxy (ends with a slash).</summary>
    public Uri Upstream { get; set; } = new("http://127.0.0.1:1/");

    /// <summary>The status to answer instead of forwarding (path and query below the base), or null to forward.</summary>
    public Func<string, int?> Fault { get; set; } = _ => null;

    /// <summary>Every request that got a fault instead of an answer.</summary>
    public ConcurrentQueue<string> Faulted { get; } = new();

    /// <summary>The account API base URL the bot is configured with.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FaultyApiProxy> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new FaultyApiProxy(app);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.BaseUrl = app.Urls.First().TrimEnd('/') + "/client/v4";
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        _forward.Dispose();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var below = context.Request.Path.Value!["/client/v4/".Length..] + context.Request.QueryString;
        if (Fault(below) is { } status)
        {
            Faulted.Enqueue(below);
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new
            {
                success = false,
                errors = new[] { new { code = status == 404 ? "not_found" : "internal_error", message = "Injected by the test's proxy." } },
                messages = Array.Empty<object>(),
                result = (object?)null,
            });
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(Upstream, below));
        request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        using var answer = await _forward.SendAsync(request);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var name in PassedHeaders)
        {
            if (answer.Content.Headers.TryGetValues(name, out var values) || answer.Headers.TryGetValues(name, out values))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(await answer.Content.ReadAsByteArrayAsync());
    }
}
