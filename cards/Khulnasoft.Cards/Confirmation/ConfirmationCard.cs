using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Legal;
using Khulnasoft.Cards.Model;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Confirmation;

/// <summary>The exact scope, the permanence and purge dates, the typed scope (<see cref="ScopePhrase"/>), the step-up
/// input, Confirm / Cancel.</summary>
public static class ConfirmationCard
{
    /// <summary>The input id of the one-time code (in the submit's value).</summary>
    public const string CodeInputId = "oneTimeCode";

    /// <summary>The input id of the typed scope phrase (in the submit's value).</summary>
    public const string ScopeInputId = "scopePhrase";

    private static string Title => CardStrings.Get("ConfirmTitle");

    public static JsonObject Build(ConfirmationCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var scope = input.Scope;
        var runs = CardFormat.Date(input.DeletionRunsAt);
        var purge = CardFormat.Date(input.PersonalDataPurgedBy);
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph(CardStrings.Format("ConfirmIntro", "**" + CardFormat.Escape(scope.UserEmail) + "**")),
            .. ScopeParts.Elements(scope),
            new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Style = ContainerStyle.Attention,
                Items =
                [
                    CardParts.Warning(LegalTexts.Permanence(runs)),
                    CardParts.Paragraph(LegalTexts.Purge(purge)),
                ],
            },
        ];
        if (input.ApprovedBy is { Length: > 0 } approver)
        {
            body.Add(CardParts.Paragraph(CardStrings.Format("ApprovedBy", CardFormat.Escape(approver)) + "."));
        }

        var phrase = ScopePhrase.For(scope);
        body.Add(new InputText
        {
            Id = ScopeInputId,
            Label = CardStrings.Format("ScopePhraseLabel", phrase),
            IsRequired = true,
            MaxLength = 200,
            ErrorMessage = CardStrings.Format("ScopePhraseError", phrase),
            Spacing = Spacing.Medium,
        });
        body.Add(new InputText
        {
            Id = CodeInputId,
            Label = CardStrings.Get("CodeLabel"),
            Placeholder = "123456",
            IsRequired = true,
            Regex = "^[0-9]{6}$",
            MaxLength = 6,
            ErrorMessage = CardStrings.Get("CodeError"),
            Spacing = Spacing.Medium,
        });

        var summary = ScopeParts.Summary(scope);
        var approved = input.ApprovedBy is { Length: > 0 } by ? CardStrings.Format("ApprovedBy", by) : null;
        var stepUp = CardStrings.Get("StepUpCode");
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button(CardStrings.Get("BtnDeleteMyAccount"), CardActions.DeletionConfirm, ActionStyle.Destructive, ("cardId", input.CardId), ("caseId", input.CaseId)),
                CardActionFactory.SubmitWithoutInputs(CardStrings.Get("BtnCancel"), CardActions.DeletionCancel, ("cardId", input.CardId), ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(
                CardStrings.Format("ConfirmFallbackTitle", Title, scope.UserEmail, summary), When(runs, purge), approved,
                CardStrings.Format("TypePhraseToConfirm", phrase, stepUp, CardText.Command("Cancel"))),
            speak: CardText.Sentences(
                CardStrings.Format("ConfirmSpeakTitle", Title, summary), When(runs, purge), approved,
                CardStrings.Format("SayPhraseToConfirm", phrase, stepUp, CardText.Command("Cancel"))));
        return CardSerializer.ToJsonObject(card);
    }

    private static string When(string runs, string purge) => LegalTexts.Permanence(runs) + " " + LegalTexts.Purge(purge);
}
