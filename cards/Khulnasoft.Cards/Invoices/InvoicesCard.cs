using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Invoices;

/// <summary>The invoice list with "Send my invoices" and "Skip", and the warning that they are gone after deletion.</summary>
public static class InvoicesCard
{
    /// <summary>Rows shown; the rest are summarised (all of them are still sent).</summary>
    public const int RowLimit = 24;

    public const string Warning = "Once your account is deleted, your invoices can no longer be retrieved or re-sent.";

    private const string Title = "Your invoices";

    public static JsonObject Build(InvoicesCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var invoices = input.Invoices.OrderByDescending(i => i.Date).ToList();
        List<CardElement> body = [CardParts.Heading(Title), CardParts.Warning(Warning)];
        if (invoices.Count == 0)
        {
            body.Add(CardParts.Paragraph("You have no invoices."));
        }
        else
        {
            body.Add(Row("**Invoice**", "**Date**", "**Amount**", "**Status**"));
            body.AddRange(invoices.Take(RowLimit).Select(i =>
                Row(CardFormat.Escape(i.Number), CardFormat.Date(i.Date), CardFormat.Money(i.Amount, i.Currency), CardFormat.Escape(i.Status))));
            if (invoices.Count > RowLimit)
            {
                body.Add(CardParts.Subtle("… and " + CardFormat.Number(invoices.Count - RowLimit) + " older invoices (all are sent)."));
            }
        }

        List<CardAction> buttons = [];
        if (invoices.Count > 0)
        {
            buttons.Add(actions.Button("Send my invoices", CardActions.InvoicesSend, ActionStyle.Positive, ("cardId", input.CardId), ("caseId", input.CaseId)));
        }

        buttons.Add(actions.Button(invoices.Count > 0 ? "Skip" : "Continue", CardActions.InvoicesSkip, null, ("cardId", input.CardId), ("caseId", input.CaseId)));
        var count = CardFormat.Count(invoices.Count, "invoice", "invoices");
        var list = invoices.Count == 0
            ? "You have no invoices"
            : "You have " + count + ": " + string.Join("; ", invoices.Take(RowLimit).Select(i =>
                i.Number + ", " + CardFormat.Date(i.Date) + ", " + CardFormat.Money(i.Amount, i.Currency) + ", " + i.Status))
              + (invoices.Count > RowLimit ? "; and " + CardFormat.Number(invoices.Count - RowLimit) + " older invoices (all are sent)" : string.Empty);
        string[] commands = invoices.Count > 0 ? ["send my invoices", "skip"] : ["continue"];
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title, Warning, list, CardText.Type(commands)),
            speak: CardText.Sentences(Title, Warning, list, CardText.Say(commands)));
        return CardSerializer.ToJsonObject(card);
    }

    private static ColumnSet Row(string number, string date, string amount, string status) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = "3", Items = [new TextBlock { Text = number }] },
            new Column { Width = "3", Items = [new TextBlock { Text = date }] },
            new Column { Width = "3", Items = [new TextBlock { Text = amount }] },
            new Column { Width = "2", Items = [new TextBlock { Text = status }] },
        ],
    };
}
