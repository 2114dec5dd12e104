using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>Case id, state, scheduled date, undo while possible, and the last few history lines.</summary>
public static class StatusCard
{
    public const int HistoryLimit = 5;

    public static JsonObject Build(StatusCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        List<Fact> facts = [new("Case", CardFormat.Escape(input.CaseId)), new("State", CardFormat.Escape(input.State))];
        if (input.DeletionRunsAt is { } runs)
        {
            facts.Add(new("Deletion runs", CardFormat.DateTime(runs)));
        }

        List<CardElement> body = [CardParts.Heading("Your deletion request"), new FactSet { Facts = facts }];
        if (input.CanUndo && input.DeletionRunsAt is { } until)
        {
            body.Add(CardParts.Paragraph("You can undo this until " + CardFormat.DateTime(until) + "."));
        }

        var history = input.History.OrderByDescending(e => e.At).Take(HistoryLimit).ToList();
        if (history.Count > 0)
        {
            body.Add(CardParts.Subheading("History", separator: true));
            body.Add(new FactSet { Facts = history.Select(e => new Fact(CardFormat.DateTime(e.At), CardFormat.Escape(e.Text))).ToList() });
        }

        List<CardAction> buttons = [];
        if (input.CanUndo)
        {
            buttons.Add(actions.Button("Undo the deletion", CardActions.DeletionUndo, ActionStyle.Positive, ("caseId", input.CaseId)));
        }

        buttons.Add(actions.Button("Help", CardActions.Help));
        var when = input.DeletionRunsAt is { } at ? " The deletion runs on " + CardFormat.DateTime(at) + "." : string.Empty;
        var undo = input.CanUndo ? " Type \"undo\" to cancel it." : string.Empty;
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: "Case " + input.CaseId + ": " + input.State + "." + when + undo,
            speak: "Your deletion request is " + input.State + "." + when + undo);
        return CardSerializer.ToJsonObject(card);
    }
}
