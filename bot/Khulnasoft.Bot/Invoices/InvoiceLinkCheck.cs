using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Invoices;

/// <summary>The result of reading a download link token; <see cref="Link"/> is set when the signature is ours.</summary>
public sealed record InvoiceLinkCheck(SignedLinkStatus Status, InvoiceLink? Link);
