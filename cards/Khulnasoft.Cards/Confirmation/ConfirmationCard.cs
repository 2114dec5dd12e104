using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Confirmation;

/// <summary>The exact scope, the permanence and purge dates, the step-up input, Confirm / Cancel.</summary>
public static class ConfirmationCard
{
    /// <summary>The input id of the one-time code (in the submit's value).</summary>
    public const string CodeInputId = "oneTimeCode";

    /// <summary>The input id of the typed account email (in the submit's value).</summary>
    public const string EmailInputId = "accountEmail";

    private const string Title = "Confirm the deletion";

    public static JsonObject Build(ConfirmationCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var scope = input.Scope;
        var runs = CardFormat.Date(input.DeletionRunsAt);
        var purge = CardFormat.Date(input.PersonalDataPurgedBy);
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph("Confirming deletes **" + CardFormat.Escape(scope.UserEmail) + "** and everything below."),
            .. ScopeParts.Elements(scope),
            new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Style = ContainerStyle.Attention,
                Items =
                [
                    CardParts.Warning("The deletion runs on " + runs + ". You can undo it until then; after that it is permanent."),
                    CardParts.Paragraph("Your personal data is purged by " + purge + ", unless the law requires us to keep some of it "
                        + "longer (for example an ongoing abuse investigation or pending litigation)."),
                ],
            },
        ];
        if (input.ApprovedBy is { Length: > 0 } approver)
        {
            body.Add(CardParts.Paragraph("Approved by " + CardFormat.Escape(approver) + "."));
        }

        body.Add(input.StepUp == StepUpMethod.OneTimeCode
            ? new InputText
            {
                Id = CodeInputId,
                Label = "The 6-digit code we just emailed you",
                Placeholder = "123456",
                IsRequired = true,
                Regex = "^[0-9]{6}$",
                MaxLength = 6,
                ErrorMessage = "Enter the 6-digit code from the email.",
                Spacing = Spacing.Medium,
            }
            : new InputText
            {
                Id = EmailInputId,
                Label = "Type your account email to confirm",
                Placeholder = scope.UserEmail,
                IsRequired = true,
                Style = TextInputStyle.Email,
                ErrorMessage = "Type the email of the account you are deleting.",
                Spacing = Spacing.Medium,
            });

        var summary = ScopeParts.Summary(scope);
        var approved = input.ApprovedBy is { Length: > 0 } by ? "Approved by " + by : null;
        var stepUp = input.StepUp == StepUpMethod.OneTimeCode ? "the 6-digit code we emailed you" : "your account email";
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button("Delete my account", CardActions.DeletionConfirm, ActionStyle.Destructive, ("cardId", input.CardId), ("caseId", input.CaseId)),
                CardActionFactory.SubmitWithoutInputs("Cancel", CardActions.DeletionCancel, ("cardId", input.CardId), ("caseId", input.CaseId)),
            ],
            fallbackText: CardText.Sentences(
                Title + " of " + scope.UserEmail + ": " + summary, When(runs, purge), approved,
                "Reply with " + stepUp + " to confirm, or \"cancel\""),
            speak: CardText.Sentences(
                Title + ". Deleting your account removes " + summary, When(runs, purge), approved,
                "Say or type " + stepUp + " to confirm, or say cancel"));
        return CardSerializer.ToJsonObject(card);
    }

    private static string When(string runs, string purge) =>
        "The deletion runs on " + runs + ". You can undo it until then; after that it is permanent. Your personal data is purged by "
        + purge + ", unless the law requires us to keep some of it longer";
}
