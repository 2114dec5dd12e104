using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Where a deletion case stands. Stored by name (snake_case), so reordering members is safe.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeletionCaseState>))]
public enum DeletionCaseState
{
    Requested,
    AwaitingApproval,

    /// <summary>The approvers said yes; the user still finishes the checklist and confirms (then Scheduled).</summary>
    Approved,

    /// <summary>An approver said no (the reason is on the case). Final.</summary>
    Rejected,

    /// <summary>Nobody decided within <c>Approvals:ExpireAfter</c>. Final.</summary>
    Expired,
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
