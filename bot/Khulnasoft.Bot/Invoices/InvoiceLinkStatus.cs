namespace Khulnasoft.Bot.Invoices;

/// <summary>The verdict on a download link token.</summary>
public enum InvoiceLinkStatus
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Malformed, or not signed with our key (tampered).</summary>
    Invalid,

    /// <summary>Signed by us, but its lifetime is over.</summary>
    Expired,
}
