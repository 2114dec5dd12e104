using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Scope;

/// <summary>Accounts where the user is primary owner (deleted), members removed, domains and subscriptions.</summary>
public static class BlastRadiusCard
{
    /// <summary>Lists longer than this are cut with "and N more" (the confirmation card lists everything).</summary>
    public const int ListLimit = 20;

    private const string Title = "What deleting your account would remove";

    public static JsonObject Build(BlastRadiusCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var scope = input.Scope;
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph("Deleting **" + CardFormat.Escape(scope.UserEmail) + "** also deletes every account where you "
                + "are the primary owner and removes the other members of those accounts. Nothing is deleted yet."),
            .. ScopeParts.Elements(scope, ListLimit),
        ];
        var summary = ScopeParts.Summary(scope);
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button("Cancel", CardActions.DeletionCancel, null, ("cardId", input.CardId)),
                actions.Button("Help", CardActions.Help),
            ],
            fallbackText: CardText.Sentences(Title + ": " + summary, "Deleting " + scope.UserEmail + " also removes the other members of those accounts. Nothing is deleted yet", CardText.Type("cancel", "help")),
            speak: CardText.Sentences(Title + ": " + summary, "Nothing is deleted yet", CardText.Say("cancel", "help")));
        return CardSerializer.ToJsonObject(card);
    }
}
