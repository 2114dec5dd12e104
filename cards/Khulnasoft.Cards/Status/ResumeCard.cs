using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>Everything that paused a deletion is done: resume it now (it runs at once), or not now.</summary>
public static class ResumeCard
{
    public static JsonObject Build(ResumeCardInput input, CardHost host)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = CardStrings.Get("ResumeTitle");
        var explanation = CardStrings.Get("ResumeExplanation");
        var caseLine = CardStrings.Get("FactCase") + " " + input.CaseId;
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(title),
                new FactSet { Facts = [new(CardStrings.Get("FactCase"), CardFormat.Escape(input.CaseId))] },
                CardParts.Paragraph(explanation),
            ],
            [
                CardActionFactory.Submit(CardStrings.Get("BtnResumeMyDeletion"), CardActions.DeletionResume, ActionStyle.Destructive, ("caseId", input.CaseId)),
                CardActionFactory.SubmitWithoutInputs(CardStrings.Get("BtnNotNow"), CardActions.DeletionCancel, ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(title, caseLine, explanation, CardText.Type(CardText.Command("Resume"), CardText.Command("Cancel"))),
            speak: CardText.Sentences(title, caseLine, explanation, CardText.Say(CardText.Command("Resume"), CardText.Command("Cancel"))));
        return CardSerializer.ToJsonObject(card);
    }
}
