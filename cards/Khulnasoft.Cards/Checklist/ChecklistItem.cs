using Khulnasoft.Cards.Common;

namespace Khulnasoft.Cards.Checklist;

/// <summary>One prerequisite with its live state and the two links the card shows: the exact dashboard page for
/// this zone or account, and the help text. <paramref name="Evidence"/>: what the state was read from, when it was
/// looked up rather than read from the API (the DNS check: "ada.dev is still delegated to … (checked in DNS at 17:55
/// UTC). Once the zone is removed …"), plain text.</summary>
public sealed record ChecklistItem(ChecklistItemKind Kind, bool Done, string DashboardUrl, string HelpUrl, string? Evidence = null)
{
    /// <summary>Only downloading invoices is optional.</summary>
    public bool Optional => Kind == ChecklistItemKind.InvoicesDownloaded;

    /// <summary>The item as the user reads it, in the current language.</summary>
    public string Title => Kind switch
    {
        ChecklistItemKind.SubscriptionsCancelled => CardStrings.Get("ItemSubscriptionsCancelled"),
        ChecklistItemKind.DomainRemoved => CardStrings.Get("ItemDomainRemoved"),
        ChecklistItemKind.NameserversRemoved => CardStrings.Get("ItemNameserversRemoved"),
        ChecklistItemKind.AutoRenewDisabled => CardStrings.Get("ItemAutoRenewDisabled"),
        ChecklistItemKind.DnsRecordsMoved => CardStrings.Get("ItemDnsRecordsMoved"),
        ChecklistItemKind.PaymentInfoDeleted => CardStrings.Get("ItemPaymentInfoDeleted"),
        ChecklistItemKind.InvoicesDownloaded => CardStrings.Get("ItemInvoicesDownloaded"),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown checklist item."),
    };
}
