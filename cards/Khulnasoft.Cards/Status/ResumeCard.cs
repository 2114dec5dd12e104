using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>
/// Everything that paused a deletion is done: resume it now (it runs at once), or not now. The typed answers are the
/// ones the bot's resume question understands ("resume"/"cancel", "fortsetzen"/"nein").
/// </summary>
public static class ResumeCard
{
    public static JsonObject Build(ResumeCardInput input, CardHost host)
    {
        ArgumentNullException.ThrowIfNull(input);
        var title = CardStrings.Get("ResumeTitle");
        var explanation = CardStrings.Get("ResumeExplanation");
        var caseNumber = CardStrings.Format("CaseNumber", input.CaseId);
        string[] answers = [CardText.Command("ResumeYes"), CardText.Command("ResumeNo")];
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(title),
                new FactSet { Facts = [new(CardStrings.Get("FactCase"), CardFormat.Escape(input.CaseId))] },
                CardParts.Paragraph(explanation),
            ],
            [
                CardActionFactory.Submit(CardStrings.Get("BtnResume"), CardActions.DeletionResume, ActionStyle.Destructive, ("caseId", input.CaseId)),
                CardActionFactory.SubmitWithoutInputs(CardStrings.Get("BtnNotNow"), CardActions.DeletionCancel, ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(title, caseNumber, explanation, CardText.Type(answers)),
            speak: CardText.Sentences(title, caseNumber, explanation, CardText.Say(answers)));
        return CardSerializer.ToJsonObject(card);
    }
}
