namespace Khulnasoft.Bot.Invoices;

/// <summary>What a signed download link grants: one invoice of one account, until <see cref="Expires"/>.</summary>
public sealed record InvoiceLink(string AccountId, string InvoiceId, DateTimeOffset Expires);
