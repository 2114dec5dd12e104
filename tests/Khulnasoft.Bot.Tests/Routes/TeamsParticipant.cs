using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>
/// One person in one Teams conversation with the bot, acting as the Teams client does: messages, Action.Submit
/// clicks (a message whose <c>value</c> is the button's data) and Action.Execute clicks (an <c>adaptiveCard/action</c>
/// invoke, answered in the HTTP response), each POSTed to <c>/api/messages</c> with a signed channel token. What the
/// bot sends into the conversation is read from the fake channel; every card seen is kept for the parser.
/// </summary>
public sealed class TeamsParticipant(BotTestHost host, DemoUser person, string conversationId)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    private int _read;

    public string ConversationId => conversationId;

    public DemoUser Person => person;

    /// <summary>Everything the bot has sent into this conversation so far (messages and replies), in order.</summary>
    public IReadOnlyList<Activity> Received => host.Channel.ActivitiesTo(conversationId);

    /// <summary>The texts the bot has sent into this conversation so far.</summary>
    public IReadOnlyList<string> Texts => [.. Received.Select(a => a.Text ?? "")];

    public Task SayAsync(string text) => SendAsync(Activity("message", a => a["text"] = text));

    /// <summary>An Action.Submit click (or the Teams fallback of an Action.Execute): no text, the data as <c>value</c>.</summary>
    public Task SubmitAsync(JsonObject data) => SendAsync(Activity("message", a => a["value"] = data.DeepClone()));

    /// <summary>
    /// An Action.Execute click (<paramref name="trigger"/> <c>automatic</c> for a refresh); asserts HTTP 200 and the
    /// §5.3 body, and returns it (<c>statusCode</c>, <c>type</c>, <c>value</c>).
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(string verb, JsonObject data, string? replyToId, string trigger = "manual")
    {
        using var response = await host.PostActivityAsync(Invoke(verb, data, replyToId, trigger), sign: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        var type = body["type"]!.GetValue<string>();
        Assert.True(type is CardType or MessageType, "Unexpected invoke response type " + type);
        if (type == CardType)
        {
            Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
            host.Remember($"{verb} by {person.Name}", body["value"]!);
        }
        else
        {
            Assert.IsType<string>(body["value"]!.GetValue<string>());
        }

        return body;
    }

    /// <summary>The same invoke without any token, as a forger would post it: the HTTP status.</summary>
    public async Task<HttpStatusCode> ExecuteUnsignedAsync(string verb, JsonObject data, string? replyToId)
    {
        using var response = await host.PostActivityAsync(Invoke(verb, data, replyToId, "manual"), sign: false);
        return response.StatusCode;
    }

    /// <summary>
    /// Clicks the button whose <c>data.action</c> is <paramref name="action"/> on the newest card in this conversation
    /// that has one, the way Teams does it: an invoke for Action.Execute (its body is returned), a message for
    /// Action.Submit (null is returned). <paramref name="inputs"/> are the card's input values.
    /// </summary>
    public async Task<JsonObject?> ClickAsync(string action, params (string Key, string Value)[] inputs)
    {
        foreach (var activity in Received.Reverse())
        {
            if (CardOf(activity) is not { } card || FindAction(card, action) is not { } button)
            {
                continue;
            }

            var data = button["data"]!.DeepClone().AsObject();
            foreach (var (key, value) in inputs)
            {
                data[key] = value;
            }

            if (button["type"]!.GetValue<string>() == "Action.Execute")
            {
                return await ExecuteAsync(button["verb"]!.GetValue<string>(), data, host.Channel.ActivityIdOf[activity]);
            }

            await SubmitAsync(data);
            return null;
        }

        throw new InvalidOperationException($"No card in {conversationId} has a button with action {action}.");
    }

    /// <summary>What the bot sent here since the last call (its cards are kept for the parser).</summary>
    public IReadOnlyList<Activity> TakeNew()
    {
        var all = Received;
        var fresh = all.Skip(_read).ToList();
        _read = all.Count;
        foreach (var activity in fresh)
        {
            if (CardOf(activity) is { } card)
            {
                host.Remember($"to {person.Name}: {activity.Text ?? "card"}", card);
            }
        }

        return fresh;
    }

    /// <summary>The new messages' texts and card texts in one string (for "what did the bot say" assertions).</summary>
    public string TakeNewText() => string.Join("\n", TakeNew().Select(a => (a.Text ?? "") + (CardOf(a) is { } c ? "\n" + CardText(c) : "")));

    public static JsonObject? CardOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Attachments?.FirstOrDefault(a => a.ContentType == CardType)?.Content as JsonObject;
    }

    /// <summary>Every TextBlock/FactSet/title text of a card, joined by new lines.</summary>
    public static string CardText(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]?.GetValue<string>() + "\n",
        JsonObject o when o["type"]?.GetValue<string>() == "Fact" || (o.ContainsKey("title") && o.ContainsKey("value") && o["value"] is JsonValue)
            => o["title"]?.ToString() + " " + o["value"]?.ToString() + "\n",
        JsonObject o => string.Concat(o.Select(p => CardText(p.Value))),
        JsonArray a => string.Concat(a.Select(CardText)),
        _ => "",
    };

    /// <summary>The first action (Execute or Submit, also inside ShowCards) whose data names <paramref name="action"/>.</summary>
    public static JsonObject? FindAction(JsonNode? node, string action) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit"
            && o["data"]?["action"]?.GetValue<string>() == action => o,
        JsonObject o => o.Select(p => FindAction(p.Value, action)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(i => FindAction(i, action)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private async Task SendAsync(JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity, sign: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private JsonObject Invoke(string verb, JsonObject data, string? replyToId, string trigger) => Activity("invoke", a =>
    {
        a["name"] = "adaptiveCard/action";
        a["replyToId"] = replyToId;
        a["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = Guid.NewGuid().ToString("N"), ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = trigger,
        };
    });

    private JsonObject Activity(string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "teams-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-29T10:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = host.Channel.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = person.TeamsId, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = ChannelTokens.BotTeamsId, ["name"] = "Khulnasoft" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = DemoUsers.Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUsers.Tenant } },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }
}
