namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The SDK's reply and reference helpers (protocol doc §1.4), with the same semantics.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// A message that answers <paramref name="incoming"/>: from/recipient swapped, same conversation, channel and
    /// service URL, and <c>replyToId</c> = the incoming id — except for a conversationUpdate on directline/webchat.
    /// </summary>
    public static Activity CreateReply(this Activity incoming, string? text = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = null,
            From = incoming.Recipient is null ? null : new ChannelAccount(incoming.Recipient.Id, incoming.Recipient.Name),
            Recipient = incoming.From is null ? null : new ChannelAccount(incoming.From.Id, incoming.From.Name),
            ReplyToId = ReplyToIdFor(incoming),
            ServiceUrl = incoming.ServiceUrl,
            ChannelId = incoming.ChannelId,
            Conversation = incoming.Conversation is null
                ? null
                : new ConversationAccount(incoming.Conversation.Id, incoming.Conversation.Name, incoming.Conversation.IsGroup),
            Text = text ?? string.Empty,
            Locale = locale ?? incoming.Locale,
        };
    }

    /// <summary>The reference to <paramref name="activity"/>'s conversation, for later (proactive) sends.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = ReplyToIdFor(activity),
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>
    /// Routes <paramref name="activity"/> into the referenced conversation. With <paramref name="isIncoming"/> the
    /// reference's user becomes the sender (used to build continuation activities); otherwise the bot sends.
    /// </summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From = reference.User;
            activity.Recipient = reference.Bot;
            if (reference.ActivityId is not null)
            {
                activity.Id = reference.ActivityId;
            }
        }
        else
        {
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            if (reference.ActivityId is not null)
            {
                activity.ReplyToId = reference.ActivityId;
            }
        }

        return activity;
    }

    /// <summary>
    /// The <c>ContinueConversation</c> event that starts a proactive turn for <paramref name="reference"/>.
    /// </summary>
    public static Activity GetContinuationActivity(this ConversationReference reference, string id)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            Id = id,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            Recipient = reference.Bot,
            From = reference.User,
            RelatesTo = reference,
        };
    }

    /// <summary>True when the activity carries a card submit: no text and an object <c>value</c>.</summary>
    public static bool IsCardSubmit(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.IsType(ActivityTypes.Message) && string.IsNullOrEmpty(activity.Text) && activity.Value is System.Text.Json.Nodes.JsonObject;
    }

    private static string? ReplyToIdFor(Activity incoming) =>
        incoming.IsType(ActivityTypes.ConversationUpdate)
        && (string.Equals(incoming.ChannelId, Channels.Directline, StringComparison.Ordinal)
            || string.Equals(incoming.ChannelId, Channels.Webchat, StringComparison.Ordinal))
            ? null
            : incoming.Id;
}
