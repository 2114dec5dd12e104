using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Welcome;

/// <summary>"Delete my account", "Check my deletion status", "Help".</summary>
public static class WelcomeCard
{
    public static JsonObject Build(WelcomeCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var greeting = input.UserName is { Length: > 0 } name ? "Hi " + CardFormat.Escape(name) + "!" : "Hi!";
        const string Intro = "I can help you delete your Khulnasoft account: I check what has to be done first, "
            + "walk you through it, and schedule the deletion once you confirm.";
        var card = CardParts.Card(
            host,
            [CardParts.Heading(greeting), CardParts.Paragraph(Intro)],
            [
                actions.Button("Delete my account", CardActions.DeletionStart),
                actions.Button("Check my deletion status", CardActions.DeletionStatus),
                actions.Button("Help", CardActions.Help),
            ],
            fallbackText: "I can help you delete your Khulnasoft account. Type \"delete my account\", \"status\" or \"help\".",
            speak: "Hi! I can help you delete your Khulnasoft account. Say delete my account, status, or help.");
        return CardSerializer.ToJsonObject(card);
    }
}
