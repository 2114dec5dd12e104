namespace Khulnasoft.Bot.Invoices;

/// <summary>What <see cref="IInvoiceDelivery.SendAsync"/> did: how many invoices, and how they were offered.</summary>
public sealed record InvoiceDeliveryResult(int InvoiceCount, InvoiceDeliveryMode Mode);
