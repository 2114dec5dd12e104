using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Identity;

/// <summary>"You're signed in as ada@example.com. Is this the account you want to delete?" Yes / No.</summary>
public static class IdentityCard
{
    private const string Title = "Confirm your account";

    public static JsonObject Build(IdentityCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var question = "You're signed in as **" + CardFormat.Escape(input.Email) + "**. Is this the account you want to delete?";
        var card = CardParts.Card(
            host,
            [CardParts.Heading(Title), CardParts.Paragraph(question)],
            [
                actions.Button("Yes, this account", CardActions.IdentityConfirm, null, ("cardId", input.CardId)),
                actions.Button("No, another account", CardActions.IdentityReject, null, ("cardId", input.CardId)),
            ],
            fallbackText: CardText.Sentences(Title, "You're signed in as " + input.Email + ". Is this the account you want to delete? Reply yes or no."),
            speak: CardText.Sentences(Title, "You're signed in as " + input.Email + ". Is this the account you want to delete? Say yes or no."));
        return CardSerializer.ToJsonObject(card);
    }
}
