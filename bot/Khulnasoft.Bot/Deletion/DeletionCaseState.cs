using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Where a deletion case stands. Stored by name (snake_case), so reordering members is safe.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeletionCaseState>))]
public enum DeletionCaseState
{
    Requested,
    AwaitingApproval,
    Scheduled,
    Deleting,
    Deleted,
    PurgeScheduled,
    PurgeBlocked,
    Purged,
    Cancelled,
    Failed,

    /// <summary>A prerequisite reappeared before deletion (a new zone, subscription, …); the user must act again.</summary>
    Blocked,
}
