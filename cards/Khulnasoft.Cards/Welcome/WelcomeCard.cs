using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Welcome;

/// <summary>"Delete my account", "Check my deletion status", "Help".</summary>
public static class WelcomeCard
{
    private const string Intro = "I can help you delete your Khulnasoft account: I check what has to be done first, "
        + "walk you through it, and schedule the deletion once you confirm.";

    public static JsonObject Build(WelcomeCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var name = input.UserName is { Length: > 0 } given ? given : null;
        var card = CardParts.Card(
            host,
            [CardParts.Heading(name is null ? "Hi!" : "Hi " + CardFormat.Escape(name) + "!"), CardParts.Paragraph(Intro)],
            [
                actions.Button("Delete my account", CardActions.DeletionStart),
                actions.Button("Check my deletion status", CardActions.DeletionStatus),
                actions.Button("Help", CardActions.Help),
            ],
            fallbackText: CardText.Sentences(Greeting(name), Intro, CardText.Type("delete my account", "status", "help")),
            speak: CardText.Sentences(Greeting(name), Intro, CardText.Say("delete my account", "status", "help")));
        return CardSerializer.ToJsonObject(card);
    }

    private static string Greeting(string? name) => name is null ? "Hi!" : "Hi " + name + "!";
}
