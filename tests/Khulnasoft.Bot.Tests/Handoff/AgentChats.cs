using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>Reads what the bot sent to agents from the fake channel: the chats it created, the cards and their buttons.</summary>
public static class AgentChats
{
    /// <summary>The personal chat the bot created with <paramref name="agent"/> (create-conversation with their Entra object id).</summary>
    public static string With(FakeChannel channel, DemoUser agent)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var created = channel.Created.Where(c => c.Parameters["members"]?[0]?["aadObjectId"]?.GetValue<string>() == agent.AadObjectId).ToList();
        Assert.True(created.Count == 1, $"Expected one chat created with {agent.Name}, found {created.Count}.");
        return created[0].ConversationId;
    }

    public static bool Exists(FakeChannel channel, DemoUser agent) =>
        channel.Created.Any(c => c.Parameters["members"]?[0]?["aadObjectId"]?.GetValue<string>() == agent.AadObjectId);

    /// <summary>The cards posted into a chat, in order, with the id the channel gave each message.</summary>
    public static IReadOnlyList<(JsonObject Card, string ActivityId, Activity Activity)> Cards(FakeChannel channel, string conversationId) =>
        [.. channel.ActivitiesTo(conversationId)
            .Where(a => a.Attachments is { Count: > 0 } attachments && attachments[0].ContentType == "application/vnd.microsoft.card.adaptive")
            .Select(a => (a.Attachments![0].Content!.AsObject(), channel.ActivityIdOf[a], a))];

    /// <summary>The request card (the one with Accept) in an agent's chat.</summary>
    public static (JsonObject Card, string ActivityId) RequestCard(FakeChannel channel, string conversationId)
    {
        var found = Cards(channel, conversationId).Where(c => FindExecute(c.Card, "handoff.accept") is not null).ToList();
        Assert.True(found.Count > 0, "No request card with Accept in " + conversationId);
        return (found[^1].Card, found[^1].ActivityId);
    }

    /// <summary>The context card (the one with Hand back) in an agent's chat.</summary>
    public static (JsonObject Card, string ActivityId) ContextCard(FakeChannel channel, string conversationId)
    {
        var found = Cards(channel, conversationId).Where(c => FindExecute(c.Card, "handoff.handback") is not null).ToList();
        Assert.True(found.Count > 0, "No context card in " + conversationId);
        return (found[^1].Card, found[^1].ActivityId);
    }

    /// <summary>The Action.Execute with this verb, also inside an Action.ShowCard.</summary>
    public static JsonObject? FindExecute(JsonObject card, string verb)
    {
        foreach (var node in card["actions"]?.AsArray() ?? [])
        {
            if (node is not JsonObject action)
            {
                continue;
            }

            if (action["type"]?.GetValue<string>() == "Action.Execute" && action["verb"]?.GetValue<string>() == verb)
            {
                return action;
            }

            if (action["card"] is JsonObject inner && FindExecute(inner, verb) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    public static JsonObject Execute(JsonObject card, string verb) => FindExecute(card, verb) ?? throw new InvalidOperationException("No button " + verb);

    /// <summary>Every text of the card (to look for what the agent sees).</summary>
    public static string TextOf(JsonObject card) => string.Join("\n", Texts(card));

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else
                    {
                        foreach (var inner in Texts(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Texts(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
