using System.Collections.Concurrent;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>A channel's Connector service on a loopback port (Kestrel) that records the activities the bot sends.</summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeChannel(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, Activity Activity)> Sent { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpContext context, string conversationId) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, BotJson.Options);
            channel.Sent.Enqueue((context.Request.Path, activity!));
            return Results.Json(new { id = "act-" + channel.Sent.Count }, statusCode: 201);
        });
        await app.StartAsync();
        channel.ServiceUrl = app.Urls.First().TrimEnd('/') + "/";
        return channel;
    }

    public IReadOnlyList<string> TextsTo(string conversationId) =>
        [.. Sent.Where(s => s.Path == $"/v3/conversations/{conversationId}/activities").Select(s => s.Activity.Text ?? "")];

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
