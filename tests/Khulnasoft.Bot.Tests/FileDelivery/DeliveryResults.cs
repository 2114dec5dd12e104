using System.Collections.Concurrent;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Invoices;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>What the deliveries returned in the <see cref="FileDeliveryTestBot"/>, per conversation id.</summary>
public sealed class DeliveryResults
{
    public ConcurrentDictionary<string, InvoiceDeliveryResult> ByConversation { get; } = new();

    public ConcurrentDictionary<string, DataExportResult> ExportsByConversation { get; } = new();
}
