using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>What the user is told proactively (in the conversation where they confirmed, and by email).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeletionNotice>))]
public enum DeletionNotice
{
    Blocked,
    Deleted,
    PurgeBlocked,
    Purged,
    Failed,

    /// <summary>An operator extended the response deadline (the reason is told, as GDPR Art. 12(3) requires).</summary>
    Extended,

    /// <summary>An operator cancelled the case, with a reason.</summary>
    CancelledBySupport,
}
