using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// Assertions on the bot's replies that remember every Adaptive Card seen, so a test can finish by running all of them
/// through the official Adaptive Cards parser at 1.5 (<see cref="ValidateCardsAsync"/>).
/// </summary>
public sealed class Replies
{
    private readonly List<(string Name, JsonNode Card)> _cards = [];
    private readonly HashSet<Activity> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>The last card seen (as JSON), e.g. to read an id from it.</summary>
    public JsonObject? LastCard { get; private set; }

    public IReadOnlyList<(string Name, JsonNode Card)> Cards => _cards;

    /// <summary>A message whose text contains <paramref name="expected"/>.</summary>
    public Action<Activity> Text(string expected) => activity =>
    {
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Contains(expected, activity.Text ?? "", StringComparison.OrdinalIgnoreCase);
        See(activity);
    };

    /// <summary>A message with an Adaptive Card whose JSON contains every one of <paramref name="expected"/>.</summary>
    public Action<Activity> Card(params string[] expected) => activity =>
    {
        var card = CardOf(activity);
        Assert.True(card is not null, $"Expected a card, got: {activity.Text}");
        var json = card!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var text in expected)
        {
            Assert.Contains(text, json, StringComparison.Ordinal);
        }

        See(activity);
    };

    /// <summary>
    /// What a client sends when the user clicks the button with <paramref name="action"/> on the newest card that
    /// has one: a message with no text whose value is the button's <c>data</c> (Action.Submit, or the Teams fallback
    /// of an Action.Execute) with the user's <paramref name="inputs"/> merged in.
    /// </summary>
    public Activity Click(Runtime.Testing.TestAdapter adapter, string action, params (string Key, string Value)[] inputs)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var activity = adapter.MakeActivity();
        activity.Value = DataOf(action, inputs);
        return activity;
    }

    /// <summary>
    /// The <c>data</c> of the button with <paramref name="action"/> on the newest card seen that has one, with the
    /// user's <paramref name="inputs"/> merged in (what a client posts as the submit's <c>value</c>, or as
    /// <c>value.action.data</c> of an Action.Execute invoke).
    /// </summary>
    public JsonObject DataOf(string action, params (string Key, string Value)[] inputs)
    {
        var data = _cards.Select(c => c.Card).Reverse().Select(c => FindData(c, action)).FirstOrDefault(d => d is not null)
            ?? throw new InvalidOperationException($"No card seen so far has a button with action {action}.");
        foreach (var (key, input) in inputs)
        {
            data[key] = input;
        }

        return data;
    }

    private static JsonObject? FindData(JsonNode? node, string action)
    {
        switch (node)
        {
            case JsonObject o when o["data"] is JsonObject data && (data[CardActions.ActionField] as JsonValue)?.ToString() == action:
                return (JsonObject)data.DeepClone();
            case JsonObject o:
                return o.Select(p => FindData(p.Value, action)).FirstOrDefault(d => d is not null);
            case JsonArray a:
                return a.Select(n => FindData(n, action)).FirstOrDefault(d => d is not null);
            default:
                return null;
        }
    }

    public static JsonObject? CardOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var attachment = activity.Attachments?.FirstOrDefault(a => a.ContentType == CardSerializer.ContentType);
        return attachment?.Content as JsonObject;
    }

    /// <summary>Every card seen so far passes the official parser at schema 1.5.</summary>
    public async Task ValidateCardsAsync()
    {
        Assert.NotEmpty(_cards);
        var report = await AdaptiveCardValidator.ValidateAsync(_cards, "1.5");
        Assert.True(report.Ok, report.Describe());
    }

    /// <summary>Remembers the card of <paramref name="activity"/>, if any (each activity once, however often it is seen).</summary>
    public void See(Activity activity)
    {
        if (_seen.Add(activity) && CardOf(activity) is { } card)
        {
            See($"reply {_cards.Count + 1}", card);
        }
    }

    /// <summary>Remembers a card that did not come in an activity (e.g. the card an invoke response carries).</summary>
    public void See(string name, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        LastCard = card;
        _cards.Add((name, card.DeepClone()));
    }
}
