using System.Collections.Concurrent;
using Khulnasoft.Bot.Invoices;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>What <see cref="IInvoiceDelivery.SendAsync"/> returned in the <see cref="InvoiceTestBot"/>, per conversation id.</summary>
public sealed class DeliveryResults
{
    public ConcurrentDictionary<string, InvoiceDeliveryResult> ByConversation { get; } = new();
}
