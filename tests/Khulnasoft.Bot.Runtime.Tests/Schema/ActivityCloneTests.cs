using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Schema;

/// <summary>Activity.Clone is a field-by-field deep copy: same wire form, nothing mutable shared.</summary>
public sealed class ActivityCloneTests
{
    public static TheoryData<string> Payloads => new()
    {
        ActivityRoundTripTests.TeamsCardSubmit,
        ActivityRoundTripTests.WebChatMessage,
        ActivityRoundTripTests.EmulatorConversationUpdate,
        ActivityRoundTripTests.TeamsExecuteInvoke,
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Clone_OfAChannelPayload_SerializesTheSame(string payload)
    {
        var activity = JsonSerializer.Deserialize<Activity>(payload, BotJson.Options)!;
        var clone = activity.Clone();
        Assert.Equal(JsonSerializer.Serialize(activity, BotJson.Options), JsonSerializer.Serialize(clone, BotJson.Options));
    }

    [Fact]
    public void Clone_OfAnActivityWithEveryMemberSet_SharesNoMutableObject()
    {
        var activity = EveryMemberSet();
        var clone = activity.Clone();

        Assert.Equal(JsonSerializer.Serialize(activity, BotJson.Options), JsonSerializer.Serialize(clone, BotJson.Options));
        var shared = new List<string>();
        FindShared(activity, clone, "activity", shared);
        Assert.Empty(shared);
    }

    [Fact]
    public void Clone_ThenChangingTheCopy_LeavesTheOriginalAlone()
    {
        var activity = EveryMemberSet();
        var before = JsonSerializer.Serialize(activity, BotJson.Options);
        var clone = activity.Clone();

        clone.From!.Name = "changed";
        clone.Conversation!.Id = "changed";
        clone.SuggestedActions!.Actions![0].Title = "changed";
        clone.SuggestedActions.To!.Add("changed");
        clone.Attachments![0].Content!["changed"] = true;
        ((JsonObject)clone.Value!)["changed"] = true;
        clone.Entities![0].Properties!["changed"] = JsonSerializer.SerializeToElement(true);
        clone.MembersAdded!.Add(new ChannelAccount("changed"));
        clone.RelatesTo!.User!.Id = "changed";

        Assert.Equal(before, JsonSerializer.Serialize(activity, BotJson.Options));
    }

    private static Activity EveryMemberSet()
    {
        // Every property gets a non-null value (reflection keeps this honest when members are added).
        var activity = JsonSerializer.Deserialize<Activity>(ActivityRoundTripTests.TeamsCardSubmit, BotJson.Options)!;
        activity.Properties ??= [];
        activity.Properties["extra"] = JsonSerializer.SerializeToElement(new { a = 1 });
        activity.MembersAdded = [new ChannelAccount("m1", "One") { Properties = new() { ["x"] = JsonSerializer.SerializeToElement(1) } }];
        activity.MembersRemoved = [new ChannelAccount("m2")];
        activity.ReactionsAdded = [new MessageReaction { Type = "like" }];
        activity.ReactionsRemoved = [new MessageReaction { Type = "heart" }];
        activity.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, "Yes", JsonValue.Create("yes")) { ChannelData = new JsonObject { ["c"] = 1 } }], ["user"]);
        activity.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = new JsonObject { ["type"] = "AdaptiveCard" } }];
        activity.RelatesTo = new ConversationReference { User = new ChannelAccount("u"), Bot = new ChannelAccount("b"), Conversation = new ConversationAccount("c"), ChannelId = "msteams" };
        activity.ListenFor = ["hello"];
        activity.TextHighlights = new JsonArray(new JsonObject { ["text"] = "hi" });
        activity.SemanticAction = new JsonObject { ["id"] = "s" };
        foreach (var property in typeof(Activity).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (property.GetValue(activity) is null)
            {
                property.SetValue(activity, SampleFor(property.PropertyType));
            }
        }

        return activity;
    }

    private static object SampleFor(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "sample",
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(DateTimeOffset) => new DateTimeOffset(2025, 5, 2, 9, 0, 0, TimeSpan.Zero),
            _ when underlying == typeof(JsonNode) => new JsonObject { ["sample"] = 1 },
            _ => Activator.CreateInstance(underlying)!,
        };
    }

    private static void FindShared(object original, object copy, string path, List<string> shared)
    {
        var type = original.GetType();
        if (type.IsValueType || original is string)
        {
            return;
        }

        if (ReferenceEquals(original, copy))
        {
            shared.Add(path);
            return;
        }

        if (original is JsonNode)
        {
            return; // DeepClone'd; its own identity check above is enough.
        }

        if (original is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Value is not null)
                {
                    FindShared(entry.Value, ((IDictionary)copy)[entry.Key]!, $"{path}[{entry.Key}]", shared);
                }
            }

            return;
        }

        if (original is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } item)
                {
                    FindShared(item, ((IList)copy)[i]!, $"{path}[{i}]", shared);
                }
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(original) is { } value)
            {
                FindShared(value, property.GetValue(copy)!, $"{path}.{property.Name}", shared);
            }
        }
    }
}
