using System.Buffers;
using System.Text.Json;

namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>
/// A user's message activity with <c>deliveryMode: expectReplies</c>, written straight to UTF-8 (no JsonObject per
/// request): the drivers share the machine with the server, so their own CPU per turn is kept small.
/// </summary>
public static class MessageActivity
{
    public static void Write(IBufferWriter<byte> body, string channelId, string serviceUrl, string activityId, string conversationId, string userId, string botId, string text)
    {
        using var writer = new Utf8JsonWriter(body);
        writer.WriteStartObject();
        writer.WriteString("type", "message");
        writer.WriteString("id", activityId);
        writer.WriteString("channelId", channelId);
        writer.WriteString("serviceUrl", serviceUrl);
        writer.WriteStartObject("from");
        writer.WriteString("id", userId);
        writer.WriteEndObject();
        writer.WriteStartObject("recipient");
        writer.WriteString("id", botId);
        writer.WriteEndObject();
        writer.WriteStartObject("conversation");
        writer.WriteString("id", conversationId);
        writer.WriteEndObject();
        writer.WriteString("text", text);
        writer.WriteString("locale", "en-US");
        writer.WriteString("deliveryMode", "expectReplies");
        writer.WriteEndObject();
    }
}
