using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Handoff;

/// <summary>"Cora at Contract Co needs help deleting her account — contract account" with Accept; once accepted,
/// the same card without the button ("Accepted by Mike at …").</summary>
public static class HandoffRequestCard
{
    public static JsonObject Build(HandoffRequestCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var title = CardStrings.Get("HandoffTitle");
        var reason = input.Reason switch
        {
            HandoffReason.ContractAccount => CardStrings.Get("HandoffReasonContract"),
            HandoffReason.UserAsked => CardStrings.Get("HandoffReasonAsked"),
            HandoffReason.RepeatedFailures => CardStrings.Get("HandoffReasonFailures"),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Reason, "Unknown reason."),
        };
        var headline = CardStrings.Format("HandoffHeadline", input.UserName, input.CompanyName, reason);
        var at = CardFormat.DateTime(input.RequestedAt);
        List<CardElement> body =
        [
            CardParts.Heading(title),
            CardParts.Paragraph(CardStrings.Format("HandoffHeadlineMarkdown", CardFormat.Escape(input.UserName), CardFormat.Escape(input.CompanyName), reason)),
            CardParts.Subtle(input.CaseId is { } caseId ? CardStrings.Format("HandoffRequestedCaseLine", at, caseId) : CardStrings.Format("HandoffRequested", at)),
        ];
        List<CardAction> buttons = [];
        string status;
        if (input.AcceptedBy is { } accepted)
        {
            status = CardStrings.Format("HandoffAcceptedBy", accepted.AgentName, CardFormat.DateTime(accepted.At));
            body.Add(new TextBlock { Text = CardFormat.Escape(status), Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }
        else
        {
            status = CardStrings.Get("HandoffWaiting");
            buttons.Add(actions.Button(CardStrings.Get("HandoffAccept"), CardActions.HandoffAccept, ActionStyle.Positive, ("handoffId", input.HandoffId), ("caseId", input.CaseId)));
        }

        var requested = input.CaseId is { } id ? CardStrings.Format("HandoffRequestedCase", at, id) : CardStrings.Format("HandoffRequested", at);
        var answer = input.AcceptedBy is null ? CardStrings.Get("HandoffReplyAccept") : null;
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(title + ": " + headline, requested, status, answer),
            speak: CardText.Sentences(title + ": " + headline, requested, status, answer));
        return CardSerializer.ToJsonObject(card);
    }
}
