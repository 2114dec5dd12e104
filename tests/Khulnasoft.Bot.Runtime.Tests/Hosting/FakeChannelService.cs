using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Tests.Hosting;

/// <summary>A channel's Connector service on a loopback port: records every call and answers from a script.</summary>
public sealed class FakeChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _next;

    private FakeChannelService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>The service URL to put in activities, with a path like Teams' (<c>…/emea/</c>).</summary>
    public string ServiceUrl { get; private set; } = "";

    public string BaseAddress { get; private set; } = "";

    public static async Task<FakeChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeChannelService(app);
        app.Run(service.HandleAsync);
        await app.StartAsync();
        service.BaseAddress = app.Urls.First().TrimEnd('/');
        service.ServiceUrl = service.BaseAddress + "/emea/";
        return service;
    }

    /// <summary>Answers the next call with <paramref name="status"/> (the default is 201 with a new id).</summary>
    public void Enqueue(int status, string? body = null, string? retryAfter = null) => _script.Enqueue(new ScriptedResponse(status, body, retryAfter));

    public async Task<RecordedCall> WaitForCallAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Calls.Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }

        return Calls.ElementAt(count - 1);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Activity? activity = null;
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }

        Calls.Enqueue(new RecordedCall(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(), body, activity));
        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            context.Response.Headers["X-Correlating-OperationId"] = "op-" + Calls.Count;
            if (scripted.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Body);
            }

            return;
        }

        context.Response.ContentType = "application/json";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.WriteAsync("[{\"id\":\"29:user\",\"name\":\"Dana\",\"email\":\"dana@example.com\"}]");
            return;
        }

        context.Response.StatusCode = (int)HttpStatusCode.Created;
        await context.Response.WriteAsync($"{{\"id\":\"sent-{Interlocked.Increment(ref _next)}\"}}");
    }

    private sealed record ScriptedResponse(int Status, string? Body, string? RetryAfter);
}

/// <summary>One call the bot made to the fake Connector; <see cref="RawTarget"/> is the path as sent (still URL-encoded).</summary>
public sealed record RecordedCall(string Method, string RawTarget, string Authorization, string Body, Activity? Activity);
