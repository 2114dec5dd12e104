using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The Bot Framework handoff protocol (protocol doc §6.1): the <c>handoff.initiate</c> event the bot sends for an
/// external agent hub, and the <c>handoff.status</c> event such a hub sends back.
/// </summary>
public static class HandoffProtocol
{
    public const string InitiateEventName = "handoff.initiate";
    public const string StatusEventName = "handoff.status";

    /// <summary>The transcript attachment: hubs find it by this name (case-insensitively).</summary>
    public const string TranscriptName = "Transcript";

    /// <summary>What the SDKs send; there is no transcript-specific content type (protocol doc §0).</summary>
    public const string TranscriptContentType = "application/json";

    /// <summary>Routing hint for hubs that route by skill.</summary>
    public const string Skill = "account-deletion";

    public const string StatusAccepted = "accepted";
    public const string StatusFailed = "failed";
    public const string StatusCompleted = "completed";

    /// <summary>
    /// <c>handoff.initiate</c> as the SDK's <c>EventFactory.CreateHandoffInitiation</c> builds it: a new id, now, the
    /// incoming activity's conversation, <c>from</c> (the user), service URL and channel, <c>relatesTo</c> = the
    /// reference of the triggering activity, the context in <c>value</c>, the transcript attached, empty entities.
    /// </summary>
    public static Activity CreateInitiation(Activity incoming, JsonObject context, IReadOnlyList<TranscriptEntry> transcript, string id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(transcript);
        var activities = new JsonArray();
        foreach (var entry in transcript)
        {
            activities.Add(new JsonObject
            {
                ["type"] = ActivityTypes.Message,
                ["timestamp"] = entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                ["from"] = new JsonObject { ["name"] = entry.Name, ["role"] = entry.Role == TranscriptRoles.User ? RoleTypes.User : RoleTypes.Bot },
                ["text"] = entry.Text,
            });
        }

        var activity = Activity.CreateEventActivity(InitiateEventName, context);
        activity.Id = id;
        activity.Timestamp = now;
        activity.ChannelId = incoming.ChannelId;
        activity.ServiceUrl = incoming.ServiceUrl;
        activity.Conversation = incoming.Conversation;
        activity.From = incoming.From;
        activity.ReplyToId = incoming.Id;
        activity.RelatesTo = incoming.GetConversationReference();
        activity.Entities = [];
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = TranscriptContentType,
                Name = TranscriptName,
                Content = new JsonObject { ["activities"] = activities },
            },
        ];
        return activity;
    }
}
