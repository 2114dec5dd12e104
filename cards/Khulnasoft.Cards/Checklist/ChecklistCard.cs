using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Checklist;

/// <summary>The live prerequisites checklist: a container per domain (a finished domain folds into one line), each
/// item marked with a status word ("Done", "To do", "Optional"; colour is only a second signal, and no glyph a font
/// may lack), with links to the dashboard page and the help. The text forms list every item with its status.</summary>
public static class ChecklistCard
{
    public static string Title => CardStrings.Get("ChecklistTitle");

    public static string DoneMark => CardStrings.Get("MarkDone");

    public static string PendingMark => CardStrings.Get("MarkPending");

    public static string OptionalMark => CardStrings.Get("MarkOptional");

    public static JsonObject Build(ChecklistCardInput input, CardHost host)
    {
        Validate(input);
        var actions = new CardActionFactory(host);
        var progress = CardStrings.Format("Progress", CardFormat.Number(input.RequiredDone), CardFormat.Number(input.RequiredTotal));
        var advice = input.AllRequiredDone
            ? CardStrings.Get("ChecklistAllDone")
            : CardStrings.Format("ChecklistAdvice", PendingMark, CardStrings.Get("BtnRecheck"));
        var checkedAt = CardStrings.Format("CheckedAt", CardFormat.DateTime(input.CheckedAt));
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            new TextBlock
            {
                Text = progress,
                Weight = TextWeight.Bolder,
                Color = input.AllRequiredDone ? TextColor.Good : TextColor.Default,
            },
            CardParts.Paragraph(advice),
            CardParts.Subtle(checkedAt),
        ];

        foreach (var domain in input.Domains)
        {
            body.Add(DomainContainer(domain, input.CardId));
        }

        foreach (var account in input.Accounts.Where(a => a.Items.Count > 0))
        {
            body.Add(new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items = [CardParts.Subheading(AccountHeading(account, CardFormat.Escape)), .. account.Items.Select(i => ItemRow(i, input.CardId))],
            });
        }

        var pending = input.Pending.Select(p => p.Name + ": " + p.Item.Title + " (" + p.Item.DashboardUrl + ")").ToList();
        var left = pending.Count == 0 ? CardStrings.Get("EverythingRequiredDone") : CardStrings.Format("StillToDoList", string.Join("; ", pending));
        var card = CardParts.Card(
            host,
            body,
            [
                actions.Button(CardStrings.Get("BtnRecheck"), CardActions.DeletionRecheck, null, ("cardId", input.CardId), ("caseId", input.CaseId)),
                actions.Button(CardStrings.Get("BtnSendInvoices"), CardActions.InvoicesSend, null, ("cardId", input.CardId), ("caseId", input.CaseId)),
                actions.Button(CardStrings.Get("BtnHelp"), CardActions.Help),
            ],
            fallbackText: CardText.Sentences(
                Title, progress, left, Groups(input, links: true), checkedAt,
                CardStrings.Format("RecheckAfterStep", CardText.Type(CardText.Command("Recheck")), CardText.Either(CardText.Command("SendInvoices"), CardText.Command("Help")))),
            speak: CardText.Sentences(
                Title, progress, pending.Count == 0 ? left : CardStrings.Format("StillToDoCount", CardFormat.Count(pending.Count, "Step")),
                Groups(input, links: false), checkedAt,
                CardStrings.Format("RecheckAfterStepSpeak", CardText.Say(CardText.Command("Recheck")), CardText.Either(CardText.Command("SendInvoices"), CardText.Command("Help")))));
        return CardSerializer.ToJsonObject(card);
    }

    /// <summary>Every group as the card shows it: "ada.dev · 2 of 4 done: Done: …; To do: … (link)".</summary>
    private static string Groups(ChecklistCardInput input, bool links)
    {
        string Row(ChecklistItem item) => Mark(item) + ": " + item.Title + (links && !item.Done ? " (" + item.DashboardUrl + ")" : string.Empty)
            + (item.Evidence is { Length: > 0 } evidence ? " (" + evidence + ")" : string.Empty)
            + string.Concat(FixTexts(item).Select(t => " (" + t + ")"));

        var groups = input.Domains.Select(d => d.Items.All(i => i.Done)
                ? DoneMark + ": " + FoldedLine(d, s => s)
                : DomainHeading(d, s => s) + ": " + string.Join("; ", d.Items.Select(Row)))
            .Concat(input.Accounts.Where(a => a.Items.Count > 0).Select(a => AccountHeading(a, s => s) + ": " + string.Join("; ", a.Items.Select(Row))));
        return string.Join(". ", groups);
    }

    private static string Mark(ChecklistItem item) => item.Done ? DoneMark : item.Optional ? OptionalMark : PendingMark;

    private static string AccountHeading(AccountChecklist account, Func<string, string> escape) => CardStrings.Format("YourAccount", escape(account.AccountName));

    private static string DomainHeading(DomainChecklist domain, Func<string, string> escape) =>
        escape(domain.Domain) + (domain.PartialSetup ? CardStrings.Get("CnameSetup") : string.Empty)
        + " · " + CardStrings.Format("DomainProgress", CardFormat.Number(domain.Items.Count(i => i.Done)), CardFormat.Number(domain.Items.Count));

    private static string FoldedLine(DomainChecklist domain, Func<string, string> name) =>
        name(domain.Domain) + (domain.PartialSetup ? CardStrings.Get("CnameSetup") : string.Empty) + ": " + CardStrings.Format("DomainAllDone", CardFormat.Number(domain.Items.Count));

    /// <summary>What an open item says about fixes, as the card shows it: the guidance, the note, each "Do it for me" button.</summary>
    private static IEnumerable<string> FixTexts(ChecklistItem item)
    {
        if (item.Done)
        {
            yield break;
        }

        if (Guidance(item) is { } guidance)
        {
            yield return guidance;
        }

        if (item.FixNote is { Length: > 0 } note)
        {
            yield return note;
        }

        foreach (var fix in item.Fixes)
        {
            yield return FixTitle(fix);
        }
    }

    private static string? Guidance(ChecklistItem item) => item.Kind switch
    {
        ChecklistItemKind.NameserversRemoved => CardStrings.Get("GuidanceNameservers"),
        ChecklistItemKind.DnsRecordsMoved => CardStrings.Get("GuidanceDnsRecords"),
        _ => null,
    };

    private static string FixTitle(ChecklistFix fix) =>
        fix.Name is { Length: > 0 } name ? CardStrings.Format("BtnFixItNamed", name) : CardStrings.Get("BtnFixIt");

    /// <summary>The open item's fix buttons (Action.Submit on every host: the consent follows as a new card).</summary>
    private static IEnumerable<CardElement> FixElements(ChecklistItem item, string cardId)
    {
        if (item.Done)
        {
            yield break;
        }

        if (Guidance(item) is { } guidance)
        {
            yield return new TextBlock { Text = guidance, Size = TextSize.Small };
        }

        if (item.FixNote is { Length: > 0 } note)
        {
            yield return new TextBlock { Text = CardFormat.Name(note), Size = TextSize.Small };
        }

        if (item.Fixes.Count > 0 && !item.GuidanceOnly)
        {
            yield return new ActionSet
            {
                Actions = [.. item.Fixes.Select(f => (CardAction)CardActionFactory.Submit(FixTitle(f), CardActions.ChecklistFix, null,
                    ("item", item.Kind.ToString()), ("resourceId", f.ResourceId), ("cardId", cardId)))],
            };
        }
    }

    private static Container DomainContainer(DomainChecklist domain, string cardId)
    {
        if (domain.Items.All(i => i.Done))
        {
            return new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items = [new TextBlock { Text = DoneMark + ": " + FoldedLine(domain, name => "**" + CardFormat.Name(name) + "**"), Color = TextColor.Good }],
            };
        }

        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items = [CardParts.Subheading(DomainHeading(domain, CardFormat.Name)), .. domain.Items.Select(i => ItemRow(i, cardId))],
        };
    }

    private static ColumnSet ItemRow(ChecklistItem item, string cardId) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = "auto",
                Items =
                [
                    new TextBlock
                    {
                        Text = Mark(item),
                        // Green for done; "To do" and "Optional" keep the default text colour, whose contrast holds
                        // on every host (Web Chat's attention red on its bubble does not reach 4.5:1).
                        Color = item.Done ? TextColor.Good : TextColor.Default,
                        Weight = TextWeight.Bolder,
                    },
                ],
            },
            new Column
            {
                Width = "stretch",
                Items =
                [
                    new TextBlock { Text = item.Title },
                    .. Evidence(item),
                    CardParts.Subtle("[" + CardStrings.Get("OpenInDashboard") + "](" + item.DashboardUrl + ") · [" + CardStrings.Get("HowTo") + "](" + item.HelpUrl + ")"),
                    .. FixElements(item, cardId),
                ],
            },
        ],
    };

    /// <summary>The evidence of a looked-up item, in the default colour (its warning must stay readable on every host).</summary>
    private static IEnumerable<CardElement> Evidence(ChecklistItem item) =>
        item.Evidence is { Length: > 0 } evidence ? [new TextBlock { Text = CardFormat.Name(evidence), Size = TextSize.Small }] : [];

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

        if (input.AllItems.Any(i => i.GuidanceOnly && i.Fixes.Count > 0))
        {
            throw new ArgumentException("Nameservers and DNS records are the user's registrar's and DNS provider's: guidance only, no fix.", nameof(input));
        }

        if (input.Accounts.SelectMany(a => a.Items).Any(i => i.Kind is not (ChecklistItemKind.PaymentInfoDeleted or ChecklistItemKind.InvoicesDownloaded)))
        {
            throw new ArgumentException("Account items are payment information and invoices only.", nameof(input));
        }
    }
}
