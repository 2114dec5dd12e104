using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Identity;

/// <summary>"You're signed in as ada@example.com. Is this the account you want to delete?" Yes / No.</summary>
public static class IdentityCard
{
    public static JsonObject Build(IdentityCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var question = "You're signed in as **" + CardFormat.Escape(input.Email) + "**. Is this the account you want to delete?";
        var card = CardParts.Card(
            host,
            [CardParts.Heading("Confirm your account"), CardParts.Paragraph(question)],
            [
                actions.Button("Yes, this account", CardActions.IdentityConfirm, null, ("cardId", input.CardId)),
                actions.Button("No, another account", CardActions.IdentityReject, null, ("cardId", input.CardId)),
            ],
            fallbackText: "You're signed in as " + input.Email + ". Is this the account you want to delete? Reply yes or no.",
            speak: "You're signed in as " + input.Email + ". Is this the account you want to delete?");
        return CardSerializer.ToJsonObject(card);
    }
}
