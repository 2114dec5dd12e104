namespace Khulnasoft.Cards.Invoices;

/// <summary>One invoice as the card lists it.</summary>
public sealed record InvoiceSummary(string InvoiceId, string Number, DateOnly Date, decimal Amount, string Currency, string Status);
