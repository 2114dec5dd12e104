namespace Khulnasoft.Bot.FileDelivery;

/// <summary>The verdict on a download link token.</summary>
public enum SignedLinkStatus
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Malformed, or not signed with our key for this purpose (tampered).</summary>
    Invalid,

    /// <summary>Signed by us, but its lifetime is over.</summary>
    Expired,
}
