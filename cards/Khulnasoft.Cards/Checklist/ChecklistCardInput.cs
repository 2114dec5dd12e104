namespace Khulnasoft.Cards.Checklist;

/// <summary>The live checklist: one group per domain plus one per account with its items (payment information,
/// invoices). <paramref name="CardId"/> goes into every button's data so a click on an old copy can be recognised.</summary>
public sealed record ChecklistCardInput(
    string CardId,
    string? CaseId,
    IReadOnlyList<DomainChecklist> Domains,
    IReadOnlyList<AccountChecklist> Accounts,
    DateTimeOffset CheckedAt)
{
    public IEnumerable<ChecklistItem> AccountItems => Accounts.SelectMany(a => a.Items);

    public IEnumerable<ChecklistItem> AllItems => Domains.SelectMany(d => d.Items).Concat(AccountItems);

    /// <summary>Every required item still to do, named by its domain or account ("ada.dev: Domain removed from Khulnasoft").</summary>
    public IEnumerable<(string Name, ChecklistItem Item)> Pending =>
        Domains.SelectMany(d => d.Items.Select(i => (Name: d.Domain, Item: i)))
            .Concat(Accounts.SelectMany(a => a.Items.Select(i => (Name: a.AccountName, Item: i))))
            .Where(p => !p.Item.Done && !p.Item.Optional);

    /// <summary><see cref="Pending"/> as text, one line per item ("ada.dev: Domain removed from Khulnasoft").</summary>
    public IEnumerable<string> PendingLines => Pending.Select(p => p.Name + ": " + p.Item.Title);

    /// <summary><see cref="PendingLines"/> for a chat message: domain names as code spans (<see cref="ChatText.Code"/>),
    /// so Web Chat shows them as written instead of linking the bare domain ("`adashop.com`: Domain removed …").</summary>
    public IEnumerable<string> PendingMessageLines =>
        Domains.SelectMany(d => d.Items.Where(i => !i.Done && !i.Optional).Select(i => ChatText.Code(d.Domain) + ": " + i.Title))
            .Concat(Accounts.SelectMany(a => a.Items.Where(i => !i.Done && !i.Optional).Select(i => a.AccountName + ": " + i.Title)));

    public int RequiredTotal => AllItems.Count(i => !i.Optional);

    public int RequiredDone => AllItems.Count(i => !i.Optional && i.Done);

    public bool AllRequiredDone => RequiredDone == RequiredTotal;
}
