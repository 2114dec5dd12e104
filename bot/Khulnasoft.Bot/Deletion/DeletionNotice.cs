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
}
