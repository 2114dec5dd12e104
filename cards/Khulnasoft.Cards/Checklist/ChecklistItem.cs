using Khulnasoft.Cards.Common;

namespace Khulnasoft.Cards.Checklist;

/// <summary>One prerequisite with its live state and the two links the card shows: the exact dashboard page for
/// this zone or account, and the help text. <paramref name="Evidence"/>: what the state was read from, when it was
/// looked up rather than read from the API (the DNS check: "ada.dev is still delegated to … (checked in DNS at 17:55
/// UTC). Once the zone is removed …"), plain text.</summary>
public sealed record ChecklistItem(ChecklistItemKind Kind, bool Done, string DashboardUrl, string HelpUrl, string? Evidence = null)
{
    /// <summary>What the bot offers to do for this item while it is open ("Do it for me", one button each); empty: nothing.</summary>
    public IReadOnlyList<ChecklistFix> Fixes { get; init; } = [];

    /// <summary>Why the bot offers no (or not every) fix for this open item, e.g. the user's role; plain text, or null.</summary>
    public string? FixNote { get; init; }

    /// <summary>Nameservers and DNS records belong to the user's registrar and DNS provider: only guidance, never a fix.</summary>
    public bool GuidanceOnly => Kind is ChecklistItemKind.NameserversRemoved or ChecklistItemKind.DnsRecordsMoved;

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
