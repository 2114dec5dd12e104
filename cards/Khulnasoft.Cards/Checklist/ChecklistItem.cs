namespace Khulnasoft.Cards.Checklist;

/// <summary>One prerequisite with its live state and the two links the card shows: the exact dashboard page for
/// this zone or account, and the help text.</summary>
public sealed record ChecklistItem(ChecklistItemKind Kind, bool Done, string DashboardUrl, string HelpUrl)
{
    /// <summary>Only downloading invoices is optional.</summary>
    public bool Optional => Kind == ChecklistItemKind.InvoicesDownloaded;

    public string Title => Kind switch
    {
        ChecklistItemKind.SubscriptionsCancelled => "Subscriptions and add-ons cancelled",
        ChecklistItemKind.DomainRemoved => "Domain removed from Khulnasoft",
        ChecklistItemKind.NameserversRemoved => "Khulnasoft nameservers removed at your registrar",
        ChecklistItemKind.AutoRenewDisabled => "Registrar auto-renew disabled",
        ChecklistItemKind.DnsRecordsMoved => "DNS records moved to your DNS provider (CNAME setup)",
        ChecklistItemKind.PaymentInfoDeleted => "Payment information deleted",
        ChecklistItemKind.InvoicesDownloaded => "Invoices downloaded",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown checklist item."),
    };
}
