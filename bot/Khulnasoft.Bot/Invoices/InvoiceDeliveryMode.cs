namespace Khulnasoft.Bot.Invoices;

/// <summary>How invoices reach the user in a given channel.</summary>
public enum InvoiceDeliveryMode
{
    /// <summary>Nothing to send: the accounts have no invoices.</summary>
    None,

    /// <summary>PDF attachments whose content URL is a signed, expiring link served by the bot (Web Chat and others).</summary>
    Attachments,

    /// <summary>Teams personal chat: one FileConsentCard per invoice; the upload happens when the user accepts.</summary>
    FileConsent,

    /// <summary>Teams group chat or channel: signed links only.</summary>
    Links,
}
