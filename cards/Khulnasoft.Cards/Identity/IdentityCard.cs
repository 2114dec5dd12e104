using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Identity;

/// <summary>"You're signed in as ada@example.com. Is this the account you want to delete?" Yes / No.</summary>
public static class IdentityCard
{
    private static string Title => CardStrings.Get("IdentityTitle");

    public static JsonObject Build(IdentityCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var questionKey = input.AboutDeletion ? "IdentityQuestion" : "IdentityQuestionYours";
        var question = CardStrings.Format(questionKey, "**" + CardFormat.Escape(input.Email) + "**");
        var card = CardParts.Card(
            host,
            [CardParts.Heading(Title), CardParts.Paragraph(question)],
            [
                actions.Button(CardStrings.Get("BtnYesThisAccount"), CardActions.IdentityConfirm, null, ("cardId", input.CardId)),
                actions.Button(CardStrings.Get("BtnNoAnotherAccount"), CardActions.IdentityReject, null, ("cardId", input.CardId)),
            ],
            fallbackText: CardText.Sentences(Title, CardStrings.Format(questionKey, input.Email), CardStrings.Get("ReplyYesNo")),
            speak: CardText.Sentences(Title, CardStrings.Format(questionKey, input.Email), CardStrings.Get("SayYesNo")));
        return CardSerializer.ToJsonObject(card);
    }
}
