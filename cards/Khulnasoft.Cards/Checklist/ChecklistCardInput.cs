namespace Khulnasoft.Cards.Checklist;

/// <summary>The live checklist: one group per domain plus the account items (payment information, invoices).
/// <paramref name="CardId"/> goes into every button's data so a click on an old copy can be recognised.</summary>
public sealed record ChecklistCardInput(
    string CardId,
    string? CaseId,
    IReadOnlyList<DomainChecklist> Domains,
    IReadOnlyList<ChecklistItem> AccountItems,
    DateTimeOffset CheckedAt)
{
    public IEnumerable<ChecklistItem> AllItems => Domains.SelectMany(d => d.Items).Concat(AccountItems);

    public int RequiredTotal => AllItems.Count(i => !i.Optional);

    public int RequiredDone => AllItems.Count(i => !i.Optional && i.Done);

    public bool AllRequiredDone => RequiredDone == RequiredTotal;
}
