using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Checklist;

/// <summary>The live prerequisites checklist: a container per domain (a finished domain folds into one line),
/// each item marked with an icon and a word (not colour alone), with links to the dashboard page and the help.</summary>
public static class ChecklistCard
{
    public const string DoneMark = "✅ Done";
    public const string PendingMark = "⬜ To do";

    public static JsonObject Build(ChecklistCardInput input, CardHost host)
    {
        Validate(input);
        var actions = new CardActionFactory(host);
        var progress = CardFormat.Number(input.RequiredDone) + " of " + CardFormat.Number(input.RequiredTotal) + " required steps done";
        List<CardElement> body =
        [
            CardParts.Heading("Before we can delete your account"),
            new TextBlock
            {
                Text = progress,
                Weight = TextWeight.Bolder,
                Color = input.AllRequiredDone ? TextColor.Good : TextColor.Default,
            },
            CardParts.Paragraph(input.AllRequiredDone
                ? "Everything required is done. You can continue to the final step."
                : "Finish the steps marked \"To do\", then select **Re-check**."),
            CardParts.Subtle("Checked " + CardFormat.DateTime(input.CheckedAt)),
        ];

        foreach (var domain in input.Domains)
        {
            body.Add(DomainContainer(domain));
        }

        foreach (var account in input.Accounts.Where(a => a.Items.Count > 0))
        {
            body.Add(new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items = [CardParts.Subheading("Your account · " + CardFormat.Escape(account.AccountName)), .. account.Items.Select(ItemRow)],
            });
        }

        var pending = input.Pending.Select(p => p.Name + ": " + p.Item.Title + " (" + p.Item.DashboardUrl + ")").ToList();
        var fallback = progress + ". "
            + (pending.Count == 0 ? "Everything required is done." : "Still to do: " + string.Join("; ", pending) + ".")
            + " Type \"re-check\" after finishing a step.";
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button("Re-check", CardActions.DeletionRecheck, null, ("cardId", input.CardId), ("caseId", input.CaseId)),
                actions.Button("Send my invoices", CardActions.InvoicesSend, null, ("cardId", input.CardId), ("caseId", input.CaseId)),
                actions.Button("Help", CardActions.Help),
            ],
            fallbackText: fallback,
            speak: progress + ". " + (pending.Count == 0
                ? "Everything required is done."
                : CardFormat.Count(pending.Count, "step is", "steps are") + " still to do."));
        return CardSerializer.ToJsonObject(card);
    }

    private static Container DomainContainer(DomainChecklist domain)
    {
        var done = domain.Items.Count(i => i.Done);
        var setup = domain.PartialSetup ? " (CNAME setup)" : string.Empty;
        if (done == domain.Items.Count)
        {
            return new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items = [new TextBlock { Text = "✅ **" + CardFormat.Escape(domain.Domain) + "**" + setup + ": all " + CardFormat.Number(done) + " steps done" }],
            };
        }

        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                CardParts.Subheading(CardFormat.Escape(domain.Domain) + setup + " · " + CardFormat.Number(done) + " of " + CardFormat.Number(domain.Items.Count) + " done"),
                .. domain.Items.Select(ItemRow),
            ],
        };
    }

    private static ColumnSet ItemRow(ChecklistItem item) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = "auto",
                Items = [new TextBlock { Text = item.Done ? DoneMark : PendingMark, Color = item.Done ? TextColor.Good : TextColor.Default, Weight = item.Done ? null : TextWeight.Bolder }],
            },
            new Column
            {
                Width = "stretch",
                Items =
                [
                    new TextBlock { Text = item.Title },
                    CardParts.Subtle("[Open in dashboard](" + item.DashboardUrl + ") · [How to](" + item.HelpUrl + ")"),
                ],
            },
        ],
    };

    private static void Validate(ChecklistCardInput input)
    {
        foreach (var domain in input.Domains)
        {
            foreach (var item in domain.Items)
            {
                if (item.Kind is ChecklistItemKind.PaymentInfoDeleted or ChecklistItemKind.InvoicesDownloaded)
                {
                    throw new ArgumentException($"{item.Kind} is an account item, not a domain item ({domain.Domain}).", nameof(input));
                }

                if (item.Kind == ChecklistItemKind.DnsRecordsMoved && !domain.PartialSetup)
                {
                    throw new ArgumentException($"{domain.Domain} is a full setup: it has no DNS records to move.", nameof(input));
                }
            }
        }

        if (input.Accounts.SelectMany(a => a.Items).Any(i => i.Kind is not (ChecklistItemKind.PaymentInfoDeleted or ChecklistItemKind.InvoicesDownloaded)))
        {
            throw new ArgumentException("Account items are payment information and invoices only.", nameof(input));
        }
    }
}
