namespace Khulnasoft.Cards.Checklist;

/// <summary>The account items (payment information, invoices) of one account the deletion removes, named so that a
/// user who owns several accounts can tell whose payment method is still on file.</summary>
public sealed record AccountChecklist(string AccountId, string AccountName, IReadOnlyList<ChecklistItem> Items);
