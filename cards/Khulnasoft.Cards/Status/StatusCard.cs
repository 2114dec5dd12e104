using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Status;

/// <summary>
/// Case id, state, scheduled date, the legal clock (received, answer due by, an extension's reason), what pauses a
/// blocked case (with the button that resumes it), undo while possible, and the last few history lines.
/// </summary>
public static class StatusCard
{
    public const int HistoryLimit = 5;

    private static string Title => CardStrings.Get("StatusTitle");

    public static JsonObject Build(StatusCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        List<Fact> facts = [new(CardStrings.Get("FactCase"), CardFormat.Escape(input.CaseId)), new(CardStrings.Get("FactState"), CardFormat.Escape(input.State))];
        if (input.DeletionRunsAt is { } runs)
        {
            facts.Add(new(CardStrings.Get("FactDeletionRuns"), CardFormat.DateTime(runs)));
        }

        if (input.Deadline is { } deadline)
        {
            facts.Add(new(CardStrings.Get("FactReceived"), CardFormat.Date(deadline.ReceivedAt)));
            facts.Add(new(CardStrings.Get(deadline.ExtensionReason is null ? "FactAnswerDue" : "FactAnswerDueExtended"), CardFormat.Date(deadline.DueBy)));
            if (deadline.ExtensionReason is { } reason)
            {
                facts.Add(new(CardStrings.Get("FactWhyExtended"), CardFormat.Escape(reason)));
            }
        }

        List<CardElement> body = [CardParts.Heading(Title), new FactSet { Facts = facts }];
        var blocking = input.Blocking ?? [];
        if (blocking.Count > 0)
        {
            body.Add(CardParts.Subheading(CardStrings.Get("NeedsAttentionHeading"), separator: true));
            body.Add(CardParts.Paragraph(CardFormat.Bullets(blocking)));
        }

        if (input.CanUndo && input.DeletionRunsAt is { } until)
        {
            body.Add(CardParts.Paragraph(CardStrings.Format("UndoUntil", CardFormat.DateTime(until))));
        }

        var history = input.History.OrderByDescending(e => e.At).Take(HistoryLimit).ToList();
        if (history.Count > 0)
        {
            body.Add(CardParts.Subheading(CardStrings.Get("History"), separator: true));
            body.Add(new FactSet { Facts = history.Select(e => new Fact(CardFormat.DateTime(e.At), CardFormat.Escape(e.Text))).ToList() });
        }

        List<CardAction> buttons = [];
        if (blocking.Count > 0)
        {
            buttons.Add(actions.Button(CardStrings.Get("BtnResume"), CardActions.DeletionResume, ActionStyle.Positive, ("caseId", input.CaseId)));
        }

        if (input.CanUndo)
        {
            buttons.Add(actions.Button(CardStrings.Get("BtnUndo"), CardActions.DeletionUndo, ActionStyle.Positive, ("caseId", input.CaseId)));
        }

        buttons.Add(actions.Button(CardStrings.Get("BtnHelp"), CardActions.Help));
        var when = input.DeletionRunsAt is { } at ? CardStrings.Format("DeletionRunsOn", CardFormat.DateTime(at)) : null;
        var canUndo = input.CanUndo && input.DeletionRunsAt is { } last ? CardStrings.Format("UndoUntil", CardFormat.DateTime(last)) : null;
        var lines = history.Count == 0 ? null : CardStrings.Format("HistoryLine", string.Join("; ", history.Select(e => CardFormat.DateTime(e.At) + ": " + e.Text)));
        var clock = input.Deadline is { } d
            ? CardStrings.Format("ReceivedDueBy", CardFormat.Date(d.ReceivedAt), CardFormat.Date(d.DueBy))
                + (d.ExtensionReason is { } why ? CardStrings.Format("ExtendedBecause", why) : "")
            : null;
        var paused = blocking.Count == 0 ? null : CardStrings.Format("NeedsAttention", string.Join("; ", blocking));
        string[] commands = [.. blocking.Count > 0 ? new[] { CardText.Command("Resume") } : [], .. input.CanUndo ? new[] { CardText.Command("Undo") } : [], CardText.Command("Help")];
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title, CardStrings.Format("CaseState", input.CaseId, input.State), when, clock, paused, canUndo, lines, CardText.Type(commands)),
            speak: CardText.Sentences(Title, CardStrings.Format("CaseIs", input.CaseId, input.State), when, clock, paused, canUndo, lines, CardText.Say(commands)));
        return CardSerializer.ToJsonObject(card);
    }
}
