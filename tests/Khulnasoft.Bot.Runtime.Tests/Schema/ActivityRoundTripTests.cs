using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Schema;

/// <summary>Realistic channel payloads survive a round trip: unknown fields kept, camelCase out, nulls omitted, timestamp in UTC with Z.</summary>
public sealed class ActivityRoundTripTests
{
    public const string TeamsCardSubmit = """
        {
          "type": "message", "id": "1712345678901", "timestamp": "2025-05-02T09:30:11.123Z",
          "localTimestamp": "2025-05-02T11:30:11.123+02:00", "localTimezone": "Europe/Berlin",
          "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
          "from": { "id": "29:1AbC", "name": "Dana Admin", "aadObjectId": "6f1c-e2" },
          "recipient": { "id": "28:00000000-0000-0000-0000-000000000001", "name": "Khulnasoft Bot" },
          "conversation": { "id": "a:1xYz", "conversationType": "personal", "tenantId": "72f9-db47" },
          "replyToId": "1712345600000",
          "value": { "action": "confirmDelete", "accountId": "acc_123", "confirmText": "DELETE" },
          "channelData": { "tenant": { "id": "72f9-db47" }, "source": { "name": "message" }, "legacy": { "replyToId": "x" } },
          "entities": [ { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" } ],
          "locale": "en-US", "attachments": [], "rawTeamsField": { "nested": [1, 2, 3] }
        }
        """;

    public const string WebChatMessage = """
        {
          "type": "message", "id": "Kx9q2|0000001", "timestamp": "2025-05-02T09:00:05.5Z",
          "channelId": "directline", "serviceUrl": "https://directline.botframework.com/",
          "from": { "id": "dl_5b0e", "name": "", "role": "user" },
          "recipient": { "id": "khulnasoft-bot@Ab12", "name": "Khulnasoft Bot" },
          "conversation": { "id": "Kx9q2" }, "textFormat": "plain", "locale": "de-DE", "text": "hilfe",
          "channelData": { "clientActivityID": "1746176405000abcde", "clientTimestamp": "2025-05-02T09:00:05.000Z" },
          "entities": [ { "type": "ClientCapabilities", "requiresBotState": true, "supportsListening": true, "supportsTts": true } ]
        }
        """;

    public const string EmulatorConversationUpdate = """
        {
          "type": "conversationUpdate", "id": "f1e2d3c4-0000", "timestamp": "2025-05-02T09:00:00Z",
          "localTimestamp": "2025-05-02T11:00:00+02:00", "channelId": "emulator", "serviceUrl": "http://localhost:56789",
          "from": { "id": "e0b7-user", "name": "User", "role": "user" },
          "recipient": { "id": "bot-id", "name": "Bot", "role": "bot" },
          "conversation": { "id": "c0e1|livechat" },
          "membersAdded": [ { "id": "bot-id", "name": "Bot" }, { "id": "e0b7-user", "name": "User" } ]
        }
        """;

    public const string TeamsExecuteInvoke = """
        {
          "type": "invoke", "name": "adaptiveCard/action", "id": "f:5566", "timestamp": "2025-05-02T10:00:00.000Z",
          "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/emea/", "replyToId": "1712345699999",
          "from": { "id": "29:approver", "aadObjectId": "9f00" },
          "recipient": { "id": "28:bot" },
          "conversation": { "id": "19:abc@thread.v2", "conversationType": "groupChat", "tenantId": "72f9", "isGroup": true },
          "value": { "action": { "type": "Action.Execute", "id": "approve-btn", "verb": "approveDelete", "data": { "requestId": "req_42", "comment": "ok" } }, "trigger": "manual" },
          "channelData": { "tenant": { "id": "72f9" }, "source": { "name": "message" } }
        }
        """;

    [Theory]
    [InlineData(TeamsCardSubmit)]
    [InlineData(WebChatMessage)]
    [InlineData(EmulatorConversationUpdate)]
    [InlineData(TeamsExecuteInvoke)]
    public void RoundTrip_KeepsEveryField(string json)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        var original = JsonNode.Parse(json)!.AsObject();
        original["timestamp"] = NormalizedTimestamp(original["timestamp"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(original, written), $"expected {original.ToJsonString()}\nactual   {written.ToJsonString()}");
    }

    [Fact]
    public void TeamsCardSubmit_IsReadAsACardSubmitWithItsChannelData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsCardSubmit, BotJson.Options)!;

        Assert.True(activity.IsCardSubmit());
        Assert.Equal("acc_123", activity.Value!["accountId"]!.GetValue<string>());
        Assert.Equal("72f9-db47", activity.ChannelData!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("6f1c-e2", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.True(activity.Properties!.ContainsKey("rawTeamsField"));
    }

    [Fact]
    public void WebChatMessage_KeepsClientActivityIdAndClientCapabilities()
    {
        var activity = JsonSerializer.Deserialize<Activity>(WebChatMessage, BotJson.Options)!;

        Assert.Equal("1746176405000abcde", activity.ChannelData!["clientActivityID"]!.GetValue<string>());
        var capabilities = Assert.Single(activity.Entities!);
        Assert.Equal("ClientCapabilities", capabilities.Type);
        Assert.True(capabilities.Properties!["supportsTts"].GetBoolean());
    }

    [Fact]
    public void FieldNames_AreReadCaseInsensitively()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","Conversation":{"ID":"c1"},"ServiceURL":"https://x/"}""", BotJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("c1", activity.Conversation!.Id);
        Assert.Equal("https://x/", activity.ServiceUrl);
    }

    [Fact]
    public void Writing_UsesCamelCaseOmitsNullsAndWritesUtcTimestampsWithZ()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            Timestamp = new DateTimeOffset(2025, 5, 2, 11, 30, 11, 123, TimeSpan.FromHours(2)),
            LocalTimestamp = new DateTimeOffset(2025, 5, 2, 11, 30, 11, 123, TimeSpan.FromHours(2)),
            Conversation = new ConversationAccount("c1"),
            ReplyToId = "r1",
        };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Equal("""{"type":"message","timestamp":"2025-05-02T09:30:11.123Z","localTimestamp":"2025-05-02T11:30:11.123+02:00","conversation":{"id":"c1"},"text":"hi","replyToId":"r1"}""", json);
    }

    private static string NormalizedTimestamp(string timestamp) =>
        DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
