using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>Everything that paused a deletion is done: resume it now (it runs at once), or not now.</summary>
public static class ResumeCard
{
    private const string Title = "Resume your account deletion?";

    private const string Explanation = "Nothing blocks your deletion any more. If you resume it, it runs right away: the grace period has already passed, so it can't be undone once it has run.";

    public static JsonObject Build(ResumeCardInput input, CardHost host)
    {
        ArgumentNullException.ThrowIfNull(input);
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(Title),
                new FactSet { Facts = [new("Case", CardFormat.Escape(input.CaseId))] },
                CardParts.Paragraph(Explanation),
            ],
            [
                CardActionFactory.Submit("Resume my deletion", CardActions.DeletionResume, ActionStyle.Destructive, ("caseId", input.CaseId)),
                CardActionFactory.SubmitWithoutInputs("Not now", CardActions.DeletionCancel, ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(Title, "Case " + input.CaseId, Explanation, CardText.Type("resume", "cancel")),
            speak: CardText.Sentences(Title, "Case " + input.CaseId, Explanation, CardText.Say("resume", "cancel")));
        return CardSerializer.ToJsonObject(card);
    }
}
