using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Invoices;

/// <summary>
/// The invoice list with "Send my invoices" and "Skip", the warning that they are gone after deletion, and "Send me a
/// copy of my data" (the whole export, invoices included) for those who want everything before it is gone.
/// </summary>
public static class InvoicesCard
{
    /// <summary>Rows shown; the rest are summarised (all of them are still sent).</summary>
    public const int RowLimit = 24;

    public static string Warning => CardStrings.Get("InvoicesWarning");

    public static string DataExportTitle => CardStrings.Get("BtnDataExport");

    private static string Title => CardStrings.Get("InvoicesTitle");

    public static JsonObject Build(InvoicesCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var invoices = input.Invoices.OrderByDescending(i => i.Date).ToList();
        List<CardElement> body = [CardParts.Heading(Title), CardParts.Warning(Warning)];
        if (invoices.Count == 0)
        {
            body.Add(CardParts.Paragraph(CardStrings.Get("NoInvoices")));
        }
        else
        {
            body.Add(Row(Bold("ColInvoice"), Bold("ColDate"), Bold("ColAmount"), Bold("ColStatus")));
            body.AddRange(invoices.Take(RowLimit).Select(i =>
                Row(CardFormat.Escape(i.Number), CardFormat.Date(i.Date), CardFormat.Money(i.Amount, i.Currency), CardFormat.Escape(i.Status))));
            if (invoices.Count > RowLimit)
            {
                body.Add(CardParts.Subtle(CardStrings.Format("OlderInvoices", CardFormat.Number(invoices.Count - RowLimit))));
            }
        }

        List<CardAction> buttons = [];
        if (invoices.Count > 0)
        {
            buttons.Add(actions.Button(CardStrings.Get("BtnSendInvoices"), CardActions.InvoicesSend, ActionStyle.Positive, ("cardId", input.CardId), ("caseId", input.CaseId)));
        }

        buttons.Add(actions.Button(CardStrings.Get(invoices.Count > 0 ? "BtnSkip" : "BtnContinue"), CardActions.InvoicesSkip, null, ("cardId", input.CardId), ("caseId", input.CaseId)));
        buttons.Add(actions.Button(DataExportTitle, CardActions.DataExportSend, null, ("cardId", input.CardId), ("caseId", input.CaseId)));
        var count = CardFormat.Count(invoices.Count, "Invoice");
        var list = invoices.Count == 0
            ? CardStrings.Get("NoInvoicesShort")
            : CardStrings.Format("YouHaveInvoices", count, string.Join("; ", invoices.Take(RowLimit).Select(i =>
                i.Number + ", " + CardFormat.Date(i.Date) + ", " + CardFormat.Money(i.Amount, i.Currency) + ", " + i.Status)))
              + (invoices.Count > RowLimit ? CardStrings.Format("AndOlderInvoices", CardFormat.Number(invoices.Count - RowLimit)) : string.Empty);
        string[] commands = invoices.Count > 0 ? [CardText.Command("SendInvoices"), CardText.Command("Skip"), CardText.Command("DataExport")] : [CardText.Command("Continue"), CardText.Command("DataExport")];
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title, Warning, list, CardText.Type(commands)),
            speak: CardText.Sentences(Title, Warning, list, CardText.Say(commands)));
        return CardSerializer.ToJsonObject(card);
    }

    private static string Bold(string key) => "**" + CardStrings.Get(key) + "**";

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
