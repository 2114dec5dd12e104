using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Help;

/// <summary>The commands the bot understands at every step.</summary>
public static class HelpCard
{
    private static string Title => CardStrings.Get("HelpTitle");

    public static JsonObject Build(HelpCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        List<Fact> facts =
        [
            new(CardText.Command("Delete"), CardStrings.Get("HelpDelete")),
            new(CardText.Command("Status"), CardStrings.Get("HelpStatus")),
            new(CardText.Command("Cancel"), CardStrings.Get("HelpCancel")),
            new(CardText.Command("Help"), CardStrings.Get("HelpHelp")),
        ];
        if (input.CanTalkToHuman)
        {
            facts.Add(new(CardText.Command("Human"), CardStrings.Get("HelpHuman")));
        }

        List<CardAction> buttons =
        [
            actions.Button(CardStrings.Get("BtnDeleteMyAccount"), CardActions.DeletionStart),
            actions.Button(CardStrings.Get("BtnCheckStatus"), CardActions.DeletionStatus),
        ];
        if (input.CanTalkToHuman)
        {
            buttons.Add(actions.Button(CardStrings.Get("BtnTalkToHuman"), CardActions.HandoffRequest));
        }

        if (input.HelpPageUrl is { Length: > 0 } url)
        {
            buttons.Add(new ActionOpenUrl { Title = CardStrings.Get("BtnHelpPage"), Url = url });
        }

        var commands = string.Join("; ", facts.Select(f => "\"" + f.Title + "\": " + f.Value));
        var page = input.HelpPageUrl is { Length: > 0 } link ? CardStrings.Format("HelpPage", link) : null;
        var card = CardParts.Card(
            host,
            [CardParts.Heading(Title), CardParts.Paragraph(CardStrings.Get("HelpTypeAnyStep")), new FactSet { Facts = facts }],
            buttons,
            fallbackText: CardText.Sentences(Title, CardStrings.Format("HelpTypeAnyStepList", commands), page),
            speak: CardText.Sentences(Title, CardStrings.Format("HelpSayAnyStep", commands)));
        return CardSerializer.ToJsonObject(card);
    }
}
