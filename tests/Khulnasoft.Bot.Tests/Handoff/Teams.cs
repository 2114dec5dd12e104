using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>Teams-shaped activities (personal chats with the bot) whose serviceUrl is the test's fake channel.</summary>
public static class Teams
{
    public static readonly ChannelAccount Bot = new("28:khulnasoft-bot", "Khulnasoft");

    public static ConversationReference Reference(FakeChannel channel, string conversationId, DemoUser person) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = channel.ServiceUrl,
        Conversation = Conversation(conversationId),
        User = Account(person),
        Bot = Bot,
    };

    public static Activity Message(FakeChannel channel, string conversationId, DemoUser from, string text)
    {
        var activity = Base(channel, conversationId, from, ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke for a card's Action.Execute (its verb and data as the card holds them).</summary>
    public static Activity Execute(FakeChannel channel, string conversationId, DemoUser from, JsonObject action, string cardActivityId, JsonObject? inputs = null)
    {
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var activity = Base(channel, conversationId, from, ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = cardActivityId;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.GetValue<string>(), ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>An event activity an external agent hub sends into the user's conversation.</summary>
    public static Activity Event(FakeChannel channel, string conversationId, DemoUser from, string name, JsonObject value)
    {
        var activity = Base(channel, conversationId, from, ActivityTypes.Event);
        activity.Name = name;
        activity.Value = value;
        return activity;
    }

    private static Activity Base(FakeChannel channel, string conversationId, DemoUser from, string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = channel.ServiceUrl,
        Conversation = Conversation(conversationId),
        From = Account(from),
        Recipient = Bot,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUsers.Tenant } },
        Locale = "en-US",
    };

    private static ConversationAccount Conversation(string id) => new(id, conversationType: "personal", tenantId: DemoUsers.Tenant);

    private static ChannelAccount Account(DemoUser person) => new(person.TeamsId, person.Name, aadObjectId: person.AadObjectId);
}
