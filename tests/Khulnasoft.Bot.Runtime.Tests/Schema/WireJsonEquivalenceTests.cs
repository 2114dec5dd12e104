using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Schema;

/// <summary>
/// <see cref="BotJson.Options"/> (source-generated metadata, the hand-written activity writer) reads and writes exactly
/// what the reflection serializer with the same settings reads and writes: for every activity shape of the protocol doc,
/// for activities with every member set, and for the state and records that carry activities.
/// </summary>
public sealed class WireJsonEquivalenceTests
{
    /// <summary>The reflection serializer with the wire settings: what the runtime used before source generation.</summary>
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static TheoryData<string> ActivityShapes() =>
    [
        // protocol doc §1.5: a Teams personal message with a card submit (plus fields Teams adds that we don't model)
        """
        { "type": "message", "id": "1712345678901", "timestamp": "2025-05-02T09:30:11.123Z",
          "localTimestamp": "2025-05-02T11:30:11.123+02:00", "localTimezone": "Europe/Berlin",
          "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
          "from": { "id": "29:1AbC...", "name": "Dana Admin", "aadObjectId": "6f1c...e2", "givenName": "Dana", "userRole": "user" },
          "recipient": { "id": "28:00000000-0000-0000-0000-000000000001", "name": "Khulnasoft Bot" },
          "conversation": { "id": "a:1xYz...", "conversationType": "personal", "tenantId": "72f9...db47", "threadType": "1:1" },
          "replyToId": "1712345600000",
          "value": { "action": "confirmDelete", "accountId": "acc_123", "confirmText": "DELETE" },
          "channelData": { "tenant": { "id": "72f9...db47" }, "source": { "name": "message" } },
          "entities": [ { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" } ],
          "locale": "en-US", "rawTeamsField": { "nested": [1, 2.5, -3e2, true, null, "x"] } }
        """,
        // §1.6: a Direct Line conversationUpdate, and the bot's welcome reply
        """
        { "type": "conversationUpdate", "id": "Kx9q2|0000000", "channelId": "directline",
          "serviceUrl": "https://directline.botframework.com/", "timestamp": "2025-05-02T09:00:00.000Z",
          "from": { "id": "dl_5b0e…" }, "recipient": { "id": "khulnasoft-bot@Ab12", "name": "Khulnasoft Bot" },
          "conversation": { "id": "Kx9q2" },
          "membersAdded": [ { "id": "khulnasoft-bot@Ab12", "name": "Khulnasoft Bot" }, { "id": "dl_5b0e…" } ] }
        """,
        """
        { "type": "message", "from": { "id": "khulnasoft-bot@Ab12", "name": "Khulnasoft Bot" },
          "recipient": { "id": "dl_5b0e…" }, "conversation": { "id": "Kx9q2" },
          "text": "Hi! I can help you delete your Khulnasoft account.", "inputHint": "acceptingInput", "locale": "en-US" }
        """,
        // §5.3: an Action.Execute invoke
        """
        { "type": "invoke", "name": "adaptiveCard/action", "channelId": "msteams", "replyToId": "1712345699999",
          "from": { "id": "29:approver…", "aadObjectId": "…" }, "conversation": { "id": "19:…@thread.v2", "conversationType": "groupChat", "tenantId": "…", "isGroup": true },
          "value": { "action": { "type": "Action.Execute", "verb": "approveDelete", "data": { "requestId": "req_42", "comment": "ok" } }, "trigger": "manual" } }
        """,
        // §5.5: a file consent invoke, and a message carrying a file and a card
        """
        { "type": "invoke", "name": "fileConsent/invoke", "id": "f:1", "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:u" }, "recipient": { "id": "28:b" }, "conversation": { "id": "a:1" },
          "value": { "type": "fileUpload", "action": "accept", "context": { "file": "receipt.pdf" },
                     "uploadInfo": { "name": "receipt.pdf", "uploadUrl": "https://upload/x", "contentUrl": "https://files/x", "uniqueId": "u1", "fileType": "pdf", "etag": "e1" } } }
        """,
        """
        { "type": "message", "channelId": "msteams", "attachmentLayout": "carousel", "textFormat": "markdown", "summary": "receipt",
          "attachments": [
            { "contentType": "application/vnd.microsoft.teams.file.download.info", "contentUrl": "https://files/x", "name": "receipt.pdf",
              "content": { "downloadUrl": "https://dl/x", "uniqueId": "u1", "fileType": "pdf", "etag": "e1" }, "thumbnailUrl": "https://t/x", "extra": 1 },
            { "contentType": "application/vnd.microsoft.card.adaptive",
              "content": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "<b>\"quoted\" é \u2028 😀</b>", "wrap": true } ],
                           "actions": [ { "type": "Action.Submit", "title": "Yes", "data": { "action": "confirm", "answer": true } } ] } } ],
          "suggestedActions": { "to": ["29:u"], "actions": [ { "type": "imBack", "title": "Yes", "value": "Yes", "image": "https://i/y.png", "imageAltText": "yes",
                                                                 "text": "yes", "displayText": "Yes!", "channelData": { "k": 1 }, "unknownActionField": [] } ], "extraSuggested": "z" },
          "speak": "<speak>hi</speak>", "inputHint": "expectingInput", "importance": "high", "deliveryMode": "expectReplies",
          "listenFor": ["yes", "no"], "expiration": "2025-05-03T00:00:00+02:00",
          "textHighlights": [ { "text": "hi", "occurrence": 1 } ], "semanticAction": { "id": "s1", "entities": {}, "state": "start" } }
        """,
        // §6.3: handoff.initiate as the SDK builds it
        """
        { "type": "event", "name": "handoff.initiate", "id": "9d7c…", "timestamp": "2025-05-02T09:40:00Z",
          "channelId": "directline", "serviceUrl": "https://directline.botframework.com/",
          "conversation": { "id": "Kx9q2" }, "from": { "id": "dl_5b0e…" }, "replyToId": "Kx9q2|0000007",
          "relatesTo": { "activityId": "Kx9q2|0000007", "channelId": "directline", "conversation": { "id": "Kx9q2" },
                         "user": { "id": "dl_5b0e…" }, "bot": { "id": "khulnasoft-bot" }, "serviceUrl": "https://directline.botframework.com/", "locale": "de-DE", "extraRef": 2 },
          "value": { "skill": "account-deletion", "MessageToAgent": "User blocked: contract account acc_123" },
          "attachments": [ { "contentType": "application/json", "name": "Transcript",
                             "content": { "activities": [ { "type": "message", "from": { "id": "dl_5b0e…" }, "text": "delete my account" } ] } } ],
          "entities": [] }
        """,
        // the other activity types of §1.3
        """
        { "type": "messageReaction", "reactionsAdded": [ { "type": "like", "extra": "x" } ], "reactionsRemoved": [ { "type": "heart" } ], "conversation": { "id": "c" } }
        """,
        """
        { "type": "conversationUpdate", "membersRemoved": [ { "id": "u", "role": "user" } ], "topicName": "Renamed", "historyDisclosed": false, "conversation": { "id": "c", "name": "n", "role": "x", "aadObjectId": "a" } }
        """,
        """
        { "type": "endOfConversation", "code": "completedSuccessfully", "text": "bye", "conversation": { "id": "c" } }
        """,
        """
        { "type": "installationUpdate", "action": "add-upgrade", "conversation": { "id": "c" } }
        """,
        """
        { "type": "trace", "name": "BotState", "label": "Bot State", "valueType": "https://www.botframework.com/schemas/botState", "value": { "conversationState": {} }, "callerId": "urn:botframework:azure" }
        """,
        """
        { "type": "typing" }
        """,
        """
        { "type": "delay", "value": 750 }
        """,
        // names in another case, and a null member: read case-insensitively, nulls dropped on the way out
        """
        { "Type": "message", "Conversation": { "ID": "c1" }, "ServiceURL": "https://x/", "text": null, "Entities": [ { "type": "mention", "mentioned": { "id": "28:b" }, "text": "<at>Bot</at>" } ] }
        """,
    ];

    [Theory]
    [MemberData(nameof(ActivityShapes))]
    public void Read_GivesTheActivityTheReflectionSerializerReads(string json)
    {
        var ours = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        var reflection = JsonSerializer.Deserialize<Activity>(json, Reflection)!;

        Assert.Equal(JsonSerializer.Serialize(reflection, Reflection), JsonSerializer.Serialize(ours, Reflection));
    }

    [Theory]
    [MemberData(nameof(ActivityShapes))]
    public void Write_GivesTheJsonTheReflectionSerializerWrites(string json)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, Reflection)!;

        Assert.Equal(JsonSerializer.Serialize(activity, Reflection), JsonSerializer.Serialize(activity, BotJson.Options));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new List<Activity> { activity, activity }, Reflection), JsonSerializer.SerializeToUtf8Bytes(new List<Activity> { activity, activity }, BotJson.Options));
    }

    [Fact]
    public void AnActivityWithEveryMemberSet_IsWrittenAndReadLikeTheReflectionSerializerDoes()
    {
        var activity = (Activity)Filled(typeof(Activity), depth: 0)!;

        var reflectionJson = JsonSerializer.Serialize(activity, Reflection);
        var ourJson = JsonSerializer.Serialize(activity, BotJson.Options);
        var readBack = JsonSerializer.Deserialize<Activity>(ourJson, BotJson.Options)!;

        Assert.Equal(reflectionJson, ourJson);
        Assert.Equal(reflectionJson, JsonSerializer.Serialize(readBack, Reflection));
        Assert.DoesNotContain(Members(activity), m => m.Value is null);
    }

    [Fact]
    public void PromptOptionsRepliesAndRecords_AreWrittenAndReadLikeTheReflectionSerializerDoes()
    {
        var prompt = (Activity)Filled(typeof(Activity), depth: 0)!;
        var options = new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity("again?"),
            Choices = [new Choice("Pro") { Action = new CardAction(ActionTypes.ImBack, "Pro", "Pro"), Synonyms = ["professional"] }, new Choice("Basic")],
            Style = ListStyle.SuggestedAction,
            Validations = new Dictionary<string, object?> { ["min"] = 1, ["pattern"] = "@" },
            RecognizeLanguage = "de-DE",
            MaxAttempts = 3,
            TooManyAttemptsMessage = Activity.CreateMessageActivity("enough"),
            SubmitValueField = "answer",
        };
        var stack = new DialogState([new DialogInstance("TextPrompt") { State = { ["options"] = options, ["state"] = new Dictionary<string, object?> { ["AttemptCount"] = 1 } } }]);
        var record = new ProcessedTurn { InvokeResponse = new InvokeResponse(200, new JsonObject { ["ok"] = true }), Replies = [prompt, Activity.CreateMessageActivity("two")] };

        AssertSameBothWays(options);
        AssertSameBothWays(stack);
        AssertSameBothWays(record);
        AssertSameBothWays(new ExpectedReplies([prompt]));
        AssertSameBothWays(new ConversationParameters { Activity = prompt, Members = [new ChannelAccount("29:u")], IsGroup = false });
    }

    [Fact]
    public void ANestedActivity_IsReadInPlace_AndAnErrorNamesTheField()
    {
        // Activities in a list and in a member, each followed by more JSON: the reader must stop right after each one.
        const string Json = """
            { "replies": [ { "TYPE": "message", "text": "one", "x-extra": [1, { "y": 2 }] }, { "type": "message", "text": "two" } ],
              "invokeResponse": { "status": 200 } }
            """;
        var record = JsonSerializer.Deserialize<ProcessedTurn>(Json, BotJson.Options)!;
        var reflection = JsonSerializer.Deserialize<ProcessedTurn>(Json, Reflection)!;

        Assert.Equal(JsonSerializer.Serialize(reflection, Reflection), JsonSerializer.Serialize(record, Reflection));
        Assert.Equal(["one", "two"], record.Replies.Select(r => r.Text));
        Assert.Equal(200, record.InvokeResponse!.Status);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PromptOptions>("""{ "prompt": { "type": "message", "timestamp": "yesterday" }, "maxAttempts": 2 }""", BotJson.Options));
        var top = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Activity>("""{ "type": "message", "from": { "id": 7 } }""", BotJson.Options));
        Assert.Equal("$.from.id", top.Path);
    }

    [Fact]
    public void TheRuntimesTypes_AreServedBySourceGeneratedMetadata_AndActivitiesByTheWriter()
    {
        Assert.IsType<BotJsonContext>(BotJson.Options.GetTypeInfo(typeof(PromptOptions)).OriginatingResolver);
        Assert.IsType<BotJsonContext>(BotJson.Options.GetTypeInfo(typeof(ProcessedTurn)).OriginatingResolver);
        Assert.IsType<BotJsonContext>(BotJsonContext.Default.Activity.OriginatingResolver);
        Assert.IsType<ActivityJsonConverter>(BotJson.Options.GetConverter(typeof(Activity)));
    }

    [Fact]
    public void ABotsOwnTypes_StillWorkThroughReflection()
    {
        var json = JsonSerializer.Serialize(new Storage.Note { Text = "kept" }, BotJson.Options);

        Assert.Equal("kept", JsonSerializer.Deserialize<Storage.Note>(json, BotJson.Options)!.Text);
    }

    private static void AssertSameBothWays<T>(T value)
    {
        var reflectionJson = JsonSerializer.Serialize(value, Reflection);

        Assert.Equal(reflectionJson, JsonSerializer.Serialize(value, BotJson.Options));
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(reflectionJson, Reflection), Reflection),
            JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(reflectionJson, BotJson.Options), Reflection));
    }

    private static IEnumerable<(string Name, object? Value)> Members(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => (p.Name, p.GetValue(value)));

    /// <summary>A value of <paramref name="type"/> with every public settable member set (strings that need escaping, unknown fields, nulls in lists).</summary>
    private static object? Filled(Type type, int depth)
    {
        if (type == typeof(string))
        {
            return $"v{depth} \"<é\u2028😀>\"";
        }

        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return Filled(nullable, depth);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return 7;
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2025, 5, 2, 11, 30, 11, 123, TimeSpan.FromHours(2)).AddTicks(4567);
        }

        if (type == typeof(JsonNode))
        {
            return JsonNode.Parse("""{"n":[1,2.5,true,null,"s\u003c"],"o":{"k":"v"}}""");
        }

        if (type == typeof(Dictionary<string, JsonElement>))
        {
            return new Dictionary<string, JsonElement>
            {
                ["unknownField"] = JsonSerializer.SerializeToElement(new { nested = new[] { 1, 2 } }),
                ["UpperCase"] = JsonSerializer.SerializeToElement("kept as is"),
            };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            list.Add(Filled(type.GetGenericArguments()[0], depth + 1));
            list.Add(null);
            return list;
        }

        if (type.IsClass && type.Namespace == typeof(Activity).Namespace && depth < 3)
        {
            var value = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                property.SetValue(value, Filled(property.PropertyType, depth + 1));
            }

            return value;
        }

        return null;
    }
}
