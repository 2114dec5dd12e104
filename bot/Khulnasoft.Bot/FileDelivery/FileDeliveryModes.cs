using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>Which <see cref="FileDeliveryMode"/> a conversation allows.</summary>
public static class FileDeliveryModes
{
    /// <summary>Teams personal chat: file consent; any other Teams conversation: links; every other channel: attachments.</summary>
    public static FileDeliveryMode For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal))
        {
            return FileDeliveryMode.Attachments;
        }

        // Teams' file APIs work in personal scope only (protocol doc §5.5); unknown scopes are treated as groups.
        return string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.Ordinal) && activity.Conversation?.IsGroup != true
            ? FileDeliveryMode.FileConsent
            : FileDeliveryMode.Links;
    }
}
