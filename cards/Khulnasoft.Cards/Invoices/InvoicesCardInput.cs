namespace Khulnasoft.Cards.Invoices;

/// <summary>The invoices offered before the final step.</summary>
public sealed record InvoicesCardInput(string CardId, string? CaseId, IReadOnlyList<InvoiceSummary> Invoices);
