using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>The receipt: case id, when the deletion runs, and how to undo it.</summary>
public static class ScheduledCard
{
    private static string Title => CardStrings.Get("ScheduledTitle");

    public static JsonObject Build(ScheduledCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var runs = CardFormat.DateTime(input.DeletionRunsAt);
        var undo = CardStrings.Format("ScheduledUndo", CardStrings.Get("BtnUndo"), CardText.Command("Undo"), CardText.Command("Status"), runs);
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(Title),
                new FactSet
                {
                    Facts =
                    [
                        new(CardStrings.Get("FactCase"), input.CaseId),
                        new(CardStrings.Get("FactDeletionRuns"), runs),
                        new(CardStrings.Get("FactPurgedBy"), CardFormat.Date(input.PersonalDataPurgedBy)),
                    ],
                },
                CardParts.Paragraph(undo),
                CardParts.Subtle(CardStrings.Get("KeepCaseId")),
            ],
            [
                actions.Button(CardStrings.Get("BtnUndo"), CardActions.DeletionUndo, null, ("caseId", input.CaseId)),
                actions.Button(CardStrings.Get("BtnCheckStatus"), CardActions.DeletionStatus, null, ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(Title, Facts(input, runs), CardStrings.Format("ScheduledUndoFallback", CardText.Command("Undo"), runs, CardText.Command("Status"))),
            speak: CardText.Sentences(Title, Facts(input, runs), CardStrings.Format("ScheduledUndoSpeak", CardText.Command("Undo"), runs, CardText.Command("Status"))));
        return CardSerializer.ToJsonObject(card);
    }

    private static string Facts(ScheduledCardInput input, string runs) =>
        CardStrings.Format("ScheduledFacts", input.CaseId, runs, CardFormat.Date(input.PersonalDataPurgedBy));
}
