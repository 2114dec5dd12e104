namespace Khulnasoft.Cards.Checklist;

/// <summary>The prerequisites of the help page, in the order the card shows them.</summary>
public enum ChecklistItemKind
{
    /// <summary>Per domain: subscriptions and add-on services cancelled.</summary>
    SubscriptionsCancelled,

    /// <summary>Per domain: the domain removed from Khulnasoft.</summary>
    DomainRemoved,

    /// <summary>Per domain: Khulnasoft nameservers removed at the registrar (full setups).</summary>
    NameserversRemoved,

    /// <summary>Per domain: auto-renew disabled for a Khulnasoft Registrar domain.</summary>
    AutoRenewDisabled,

    /// <summary>Per domain, CNAME (partial) setups only: DNS records moved to the user's DNS provider.</summary>
    DnsRecordsMoved,

    /// <summary>Account: payment information deleted.</summary>
    PaymentInfoDeleted,

    /// <summary>Account, optional: invoices downloaded (they cannot be retrieved after deletion).</summary>
    InvoicesDownloaded,
}
