using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Help;

/// <summary>The commands the bot understands at every step.</summary>
public static class HelpCard
{
    private const string Title = "What I can do";

    public static JsonObject Build(HelpCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        List<Fact> facts =
        [
            new("delete my account", "Start (or continue) deleting your account"),
            new("status", "Where your deletion stands, and how to undo it"),
            new("cancel", "Stop what we are doing; nothing is deleted"),
            new("help", "Show this list"),
        ];
        if (input.CanTalkToHuman)
        {
            facts.Add(new("talk to a human", "Hand this conversation to a support agent"));
        }

        List<CardAction> buttons =
        [
            actions.Button("Delete my account", CardActions.DeletionStart),
            actions.Button("Check my deletion status", CardActions.DeletionStatus),
        ];
        if (input.CanTalkToHuman)
        {
            buttons.Add(actions.Button("Talk to a human", CardActions.HandoffRequest));
        }

        if (input.HelpPageUrl is { Length: > 0 } url)
        {
            buttons.Add(new ActionOpenUrl { Title = "Read the help page", Url = url });
        }

        var commands = string.Join("; ", facts.Select(f => "\"" + f.Title + "\": " + f.Value));
        var page = input.HelpPageUrl is { Length: > 0 } link ? "The help page: " + link : null;
        var card = CardParts.Card(
            host,
            [CardParts.Heading(Title), CardParts.Paragraph("Type one of these at any step:"), new FactSet { Facts = facts }],
            buttons,
            fallbackText: CardText.Sentences(Title, "Type one of these at any step: " + commands, page),
            speak: CardText.Sentences(Title, "Say one of these at any step: " + commands));
        return CardSerializer.ToJsonObject(card);
    }
}
