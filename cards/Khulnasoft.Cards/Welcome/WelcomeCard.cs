using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Welcome;

/// <summary>"Delete my account", "Check my deletion status", "Help".</summary>
public static class WelcomeCard
{
    private static string Intro => CardStrings.Get("WelcomeIntro");

    public static JsonObject Build(WelcomeCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var name = input.UserName is { Length: > 0 } given ? given : null;
        var card = CardParts.Card(
            host,
            [CardParts.Heading(name is null ? CardStrings.Get("Hi") : CardStrings.Format("HiName", CardFormat.Escape(name))), CardParts.Paragraph(Intro)],
            [
                actions.Button(CardStrings.Get("BtnDeleteMyAccount"), CardActions.DeletionStart),
                actions.Button(CardStrings.Get("BtnCheckStatus"), CardActions.DeletionStatus),
                actions.Button(CardStrings.Get("BtnHelp"), CardActions.Help),
            ],
            fallbackText: CardText.Sentences(Greeting(name), Intro, CardText.Type(CardText.Command("Delete"), CardText.Command("Status"), CardText.Command("Help"))),
            speak: CardText.Sentences(Greeting(name), Intro, CardText.Say(CardText.Command("Delete"), CardText.Command("Status"), CardText.Command("Help"))));
        return CardSerializer.ToJsonObject(card);
    }

    private static string Greeting(string? name) => name is null ? CardStrings.Get("Hi") : CardStrings.Format("HiName", name);
}
