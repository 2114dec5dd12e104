using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>The receipt: case id, when the deletion runs, and how to undo it.</summary>
public static class ScheduledCard
{
    private const string Title = "Your account deletion is scheduled";

    public static JsonObject Build(ScheduledCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var runs = CardFormat.DateTime(input.DeletionRunsAt);
        var undo = "To undo it, select **Undo the deletion** or type \"undo\" (or \"status\") here before " + runs + ".";
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(Title),
                new FactSet
                {
                    Facts =
                    [
                        new("Case", input.CaseId),
                        new("Deletion runs", runs),
                        new("Personal data purged by", CardFormat.Date(input.PersonalDataPurgedBy)),
                    ],
                },
                CardParts.Paragraph(undo),
                CardParts.Subtle("Keep the case id: support can find your request with it."),
            ],
            [
                actions.Button("Undo the deletion", CardActions.DeletionUndo, null, ("caseId", input.CaseId)),
                actions.Button("Check my deletion status", CardActions.DeletionStatus, null, ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(Title, Facts(input, runs), "To undo it, type \"undo\" here before " + runs + "; type \"status\" to check on it"),
            speak: CardText.Sentences(Title, Facts(input, runs), "Say undo before " + runs + " to cancel it, or status to check on it"));
        return CardSerializer.ToJsonObject(card);
    }

    private static string Facts(ScheduledCardInput input, string runs) =>
        "Case " + input.CaseId + ". The deletion runs on " + runs + ". Your personal data is purged by " + CardFormat.Date(input.PersonalDataPurgedBy);
}
