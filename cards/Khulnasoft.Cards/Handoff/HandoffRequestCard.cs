using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Handoff;

/// <summary>"Cora at Contract Co needs help deleting her account — contract account" with Accept; once accepted,
/// the same card without the button ("Accepted by Mike at …").</summary>
public static class HandoffRequestCard
{
    private const string Title = "Help requested";

    public static JsonObject Build(HandoffRequestCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var reason = input.Reason switch
        {
            HandoffReason.ContractAccount => "contract account",
            HandoffReason.UserAsked => "asked for a human",
            HandoffReason.RepeatedFailures => "the bot could not help",
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Reason, "Unknown reason."),
        };
        var headline = input.UserName + " at " + input.CompanyName + " needs help deleting their account — " + reason;
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph("**" + CardFormat.Escape(input.UserName) + "** at **" + CardFormat.Escape(input.CompanyName)
                + "** needs help deleting their account — " + reason + "."),
            CardParts.Subtle("Requested " + CardFormat.DateTime(input.RequestedAt)
                + (input.CaseId is { } caseId ? " · case " + caseId : string.Empty)),
        ];
        List<CardAction> buttons = [];
        string status;
        if (input.AcceptedBy is { } accepted)
        {
            status = "Accepted by " + accepted.AgentName + " at " + CardFormat.DateTime(accepted.At);
            body.Add(new TextBlock { Text = CardFormat.Escape(status), Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }
        else
        {
            status = "Waiting for an agent";
            buttons.Add(actions.Button("Accept", CardActions.HandoffAccept, ActionStyle.Positive, ("handoffId", input.HandoffId), ("caseId", input.CaseId)));
        }

        var requested = "Requested " + CardFormat.DateTime(input.RequestedAt) + (input.CaseId is { } id ? ", case " + id : string.Empty);
        var answer = input.AcceptedBy is null ? "Reply \"accept\" to take it" : null;
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title + ": " + headline, requested, status, answer),
            speak: CardText.Sentences(Title + ": " + headline, requested, status, answer));
        return CardSerializer.ToJsonObject(card);
    }
}
