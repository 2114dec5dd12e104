using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>Renders choices as text, suggested actions or a hero card, like the SDK's <c>ChoiceFactory</c>.</summary>
public static class ChoiceFactory
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>
    /// The style <see cref="ListStyle.Auto"/> picks: with every title at most 20 characters, a hero card where the
    /// channel has card actions but no suggested actions, suggested actions where supported, inline for up to 3
    /// choices; otherwise a list.
    /// </summary>
    public static ListStyle ChooseStyle(string? channelId, IReadOnlyList<Choice> choices, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = choices.Any(c => Title(c).Length > ChannelCapabilities.MaxActionTitleLength);
        var suggested = ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count, conversationType);
        var cardActions = ChannelCapabilities.SupportsCardActions(channelId, choices.Count);
        if (!longTitles && !suggested && cardActions)
        {
            return ListStyle.HeroCard;
        }

        if (!longTitles && suggested)
        {
            return ListStyle.SuggestedAction;
        }

        return !longTitles && choices.Count <= 3 ? ListStyle.Inline : ListStyle.List;
    }

    public static Activity ForChannel(string? channelId, IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null) =>
        Render(ChooseStyle(channelId, choices, conversationType), choices, text, speak, options);

    /// <summary>Renders <paramref name="choices"/> in <paramref name="style"/> (Auto must be resolved first).</summary>
    public static Activity Render(ListStyle style, IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null) => style switch
    {
        ListStyle.Inline => Inline(choices, text, speak, options),
        ListStyle.List => List(choices, text, speak, options),
        ListStyle.SuggestedAction => SuggestedAction(choices, text, speak),
        ListStyle.HeroCard => HeroCard(choices, text, speak),
        _ => Message(text, speak),
    };

    /// <summary>"text (1) a, (2) b, or (3) c".</summary>
    public static Activity Inline(IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty).Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            var connector = i == 0 ? string.Empty
                : i == choices.Count - 1 ? (choices.Count == 2 ? options.InlineOr : options.InlineOrMore)
                : options.InlineSeparator;
            builder.Append(connector);
            if (options.IncludeNumbers)
            {
                builder.Append('(').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
            }

            builder.Append(Title(choices[i]));
        }

        return Message(builder.ToString(), speak);
    }

    /// <summary>"text\n\n   1. a\n   2. b".</summary>
    public static Activity List(IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty).Append("\n\n   ");
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n   ");
            }

            builder.Append(options.IncludeNumbers ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ").Append(Title(choices[i]));
        }

        return Message(builder.ToString(), speak);
    }

    public static Activity SuggestedAction(IReadOnlyList<Choice> choices, string? text = null, string? speak = null)
    {
        var activity = Message(text, speak);
        activity.SuggestedActions = new SuggestedActions(ToActions(choices));
        return activity;
    }

    /// <summary>A message with one <c>application/vnd.microsoft.card.hero</c> attachment: the text and an imBack button per choice.</summary>
    public static Activity HeroCard(IReadOnlyList<Choice> choices, string? text = null, string? speak = null)
    {
        var buttons = new JsonArray();
        foreach (var action in ToActions(choices))
        {
            buttons.Add(new JsonObject
            {
                ["type"] = action.Type,
                ["title"] = action.Title,
                ["value"] = action.Value?.DeepClone(),
            });
        }

        var content = new JsonObject { ["buttons"] = buttons };
        if (!string.IsNullOrEmpty(text))
        {
            content["text"] = text;
        }

        var activity = Message(null, speak);
        activity.Attachments = [new Attachment { ContentType = HeroCardContentType, Content = content }];
        return activity;
    }

    /// <summary>imBack actions (the choice's own action when it has one).</summary>
    public static List<CardAction> ToActions(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return [.. choices.Select(c => c.Action is { } a
            ? new CardAction(a.Type ?? ActionTypes.ImBack, a.Title ?? c.Value, a.Value?.DeepClone() ?? JsonValue.Create(c.Value))
            : new CardAction(ActionTypes.ImBack, c.Value, JsonValue.Create(c.Value)))];
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static Activity Message(string? text, string? speak)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.Speak = speak;
        activity.InputHint = InputHints.ExpectingInput;
        return activity;
    }
}
