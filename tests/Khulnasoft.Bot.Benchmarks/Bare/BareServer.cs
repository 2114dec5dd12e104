using System.Collections.Concurrent;
using System.Text.Json;
using Khulnasoft.Bot.Benchmarks.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Benchmarks.Bare;

/// <summary>
/// <c>bare --urls URL</c>: the baseline. A plain Kestrel POST handler that parses the activity JSON, advances a
/// per-conversation step in a dictionary and answers an expectReplies-shaped body with the same texts the bot sends,
/// so the driver runs it unchanged. No auth, no middleware, no storage serialisation, no dialogs.
/// </summary>
public static class BareServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var conversations = new ConcurrentDictionary<string, BareConversation>(StringComparer.Ordinal);
        app.MapPost("/api/messages", (HttpContext context) => HandleAsync(context, conversations));
        app.MapCpu();
        await app.RunAsync();
        return 0;
    }

    private static async Task HandleAsync(HttpContext context, ConcurrentDictionary<string, BareConversation> conversations)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = document.RootElement;
        var conversationId = root.GetProperty("conversation").GetProperty("id").GetString() ?? string.Empty;
        var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var conversation = conversations.GetOrAdd(conversationId, static _ => new BareConversation());
        var reply = conversation.Advance(text);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteStartArray("activities");
        writer.WriteStartObject();
        writer.WriteString("type", "message");
        writer.WriteString("channelId", root.GetProperty("channelId").GetString());
        writer.WriteStartObject("conversation");
        writer.WriteString("id", conversationId);
        writer.WriteEndObject();
        if (root.TryGetProperty("id", out var id))
        {
            writer.WriteString("replyToId", id.GetString());
        }

        writer.WriteString("text", reply);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
