using System.Text.Json;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The JSON member names the writer writes (encoded once), and its timestamp converter.</summary>
internal static partial class ActivityJsonWriter
{
    private static readonly UtcTimestampConverter Timestamps = new();

    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText LocalTimestamp = JsonEncodedText.Encode("localTimestamp");
    private static readonly JsonEncodedText LocalTimezone = JsonEncodedText.Encode("localTimezone");
    private static readonly JsonEncodedText ServiceUrl = JsonEncodedText.Encode("serviceUrl");
    private static readonly JsonEncodedText ChannelId = JsonEncodedText.Encode("channelId");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText Conversation = JsonEncodedText.Encode("conversation");
    private static readonly JsonEncodedText Recipient = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText TextFormat = JsonEncodedText.Encode("textFormat");
    private static readonly JsonEncodedText AttachmentLayout = JsonEncodedText.Encode("attachmentLayout");
    private static readonly JsonEncodedText MembersAdded = JsonEncodedText.Encode("membersAdded");
    private static readonly JsonEncodedText MembersRemoved = JsonEncodedText.Encode("membersRemoved");
    private static readonly JsonEncodedText ReactionsAdded = JsonEncodedText.Encode("reactionsAdded");
    private static readonly JsonEncodedText ReactionsRemoved = JsonEncodedText.Encode("reactionsRemoved");
    private static readonly JsonEncodedText TopicName = JsonEncodedText.Encode("topicName");
    private static readonly JsonEncodedText HistoryDisclosed = JsonEncodedText.Encode("historyDisclosed");
    private static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Speak = JsonEncodedText.Encode("speak");
    private static readonly JsonEncodedText InputHint = JsonEncodedText.Encode("inputHint");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText SuggestedActions = JsonEncodedText.Encode("suggestedActions");
    private static readonly JsonEncodedText Attachments = JsonEncodedText.Encode("attachments");
    private static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText ChannelData = JsonEncodedText.Encode("channelData");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText ReplyToId = JsonEncodedText.Encode("replyToId");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText ValueType = JsonEncodedText.Encode("valueType");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RelatesTo = JsonEncodedText.Encode("relatesTo");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Expiration = JsonEncodedText.Encode("expiration");
    private static readonly JsonEncodedText Importance = JsonEncodedText.Encode("importance");
    private static readonly JsonEncodedText DeliveryMode = JsonEncodedText.Encode("deliveryMode");
    private static readonly JsonEncodedText ListenFor = JsonEncodedText.Encode("listenFor");
    private static readonly JsonEncodedText TextHighlights = JsonEncodedText.Encode("textHighlights");
    private static readonly JsonEncodedText SemanticAction = JsonEncodedText.Encode("semanticAction");
    private static readonly JsonEncodedText CallerId = JsonEncodedText.Encode("callerId");
    private static readonly JsonEncodedText AadObjectId = JsonEncodedText.Encode("aadObjectId");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText IsGroup = JsonEncodedText.Encode("isGroup");
    private static readonly JsonEncodedText ConversationType = JsonEncodedText.Encode("conversationType");
    private static readonly JsonEncodedText TenantId = JsonEncodedText.Encode("tenantId");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Image = JsonEncodedText.Encode("image");
    private static readonly JsonEncodedText ImageAltText = JsonEncodedText.Encode("imageAltText");
    private static readonly JsonEncodedText DisplayText = JsonEncodedText.Encode("displayText");
    private static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText ContentUrl = JsonEncodedText.Encode("contentUrl");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText ThumbnailUrl = JsonEncodedText.Encode("thumbnailUrl");
    private static readonly JsonEncodedText ActivityId = JsonEncodedText.Encode("activityId");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText Bot = JsonEncodedText.Encode("bot");
}
