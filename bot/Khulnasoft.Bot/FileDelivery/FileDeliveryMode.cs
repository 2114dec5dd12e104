namespace Khulnasoft.Bot.FileDelivery;

/// <summary>How a file reaches the user in a given channel (see <see cref="FileDeliveryModes.For"/>).</summary>
public enum FileDeliveryMode
{
    /// <summary>An attachment whose content URL is a signed, expiring link served by the bot (Web Chat and others).</summary>
    Attachments,

    /// <summary>Teams personal chat: a FileConsentCard; the upload happens when the user accepts.</summary>
    FileConsent,

    /// <summary>Teams group chat or channel: signed links only.</summary>
    Links,
}
