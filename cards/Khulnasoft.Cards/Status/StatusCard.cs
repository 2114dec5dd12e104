using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>Case id, state, scheduled date, undo while possible, and the last few history lines.</summary>
public static class StatusCard
{
    public const int HistoryLimit = 5;

    private const string Title = "Your deletion request";

    public static JsonObject Build(StatusCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        List<Fact> facts = [new("Case", CardFormat.Escape(input.CaseId)), new("State", CardFormat.Escape(input.State))];
        if (input.DeletionRunsAt is { } runs)
        {
            facts.Add(new("Deletion runs", CardFormat.DateTime(runs)));
        }

        List<CardElement> body = [CardParts.Heading(Title), new FactSet { Facts = facts }];
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
        var when = input.DeletionRunsAt is { } at ? "The deletion runs on " + CardFormat.DateTime(at) : null;
        var canUndo = input.CanUndo && input.DeletionRunsAt is { } last ? "You can undo this until " + CardFormat.DateTime(last) : null;
        var lines = history.Count == 0 ? null : "History: " + string.Join("; ", history.Select(e => CardFormat.DateTime(e.At) + ": " + e.Text));
        string[] commands = input.CanUndo ? ["undo", "help"] : ["help"];
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title, "Case " + input.CaseId + ": " + input.State, when, canUndo, lines, CardText.Type(commands)),
            speak: CardText.Sentences(Title, "Case " + input.CaseId + " is " + input.State, when, canUndo, lines, CardText.Say(commands)));
        return CardSerializer.ToJsonObject(card);
    }
}
