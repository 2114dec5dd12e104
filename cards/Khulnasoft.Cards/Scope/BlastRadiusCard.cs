using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Scope;

/// <summary>Accounts where the user is primary owner (deleted), members removed, domains and subscriptions.</summary>
public static class BlastRadiusCard
{
    /// <summary>Lists longer than this are cut with "and N more" (the confirmation card lists everything).</summary>
    public const int ListLimit = 20;

    private static string Title => CardStrings.Get("BlastTitle");

    public static JsonObject Build(BlastRadiusCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var scope = input.Scope;
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph(CardStrings.Format("BlastIntro", "**" + CardFormat.Escape(scope.UserEmail) + "**")),
            .. ScopeParts.Elements(scope, ListLimit),
        ];
        var summary = ScopeParts.Summary(scope);
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button(CardStrings.Get("BtnCancel"), CardActions.DeletionCancel, null, ("cardId", input.CardId)),
                actions.Button(CardStrings.Get("BtnHelp"), CardActions.Help),
            ],
            fallbackText: CardText.Sentences(Title + ": " + summary, CardStrings.Format("BlastFallbackIntro", scope.UserEmail), CardText.Type(CardText.Command("Cancel"), CardText.Command("Help"))),
            speak: CardText.Sentences(Title + ": " + summary, CardStrings.Get("NothingDeletedYet"), CardText.Say(CardText.Command("Cancel"), CardText.Command("Help"))));
        return CardSerializer.ToJsonObject(card);
    }
}
