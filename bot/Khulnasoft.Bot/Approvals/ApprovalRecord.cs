using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Cards.Approval;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// One approval request (one per deletion case), stored in the runtime's <see cref="IStorage"/> and written only
/// with its ETag, so two admins deciding at the same moment cannot both win: the first decision stands.
/// Names and emails live here (never in job arguments, logs or audit details).
/// </summary>
public sealed class ApprovalRecord : IStoreItem
{
    public required string RequestId { get; init; }

    public required string CaseId { get; init; }

    public required string AccountId { get; init; }

    public string AccountName { get; set; } = "";

    public required string RequesterUserId { get; init; }

    public string RequesterName { get; set; } = "";

    public string RequesterEmail { get; set; } = "";

    /// <summary>What would be deleted, as the requester was shown it.</summary>
    public DeletionScope? Scope { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>
    /// The language (and formatting locale) of the requester's turn that made the request, e.g. <c>de-DE</c>: what
    /// the bot sends approvers outside their own turns (the mails, the reminder, the replaced Teams card) speaks it.
    /// Null on requests stored before it was recorded (English).
    /// </summary>
    public string? Culture { get; set; }

    /// <summary>When the request expires unanswered (<c>Approvals:ExpireAfter</c> after it was made).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Distinct approvals needed (<c>Approvals:RequiredApprovers</c> when the request was made).</summary>
    public int RequiredApprovers { get; set; } = 1;

    /// <summary>The requester's conversation, for the proactive notice of the decision.</summary>
    public ConversationReference? RequesterConversation { get; set; }

    public IReadOnlyList<ApproverEntry> Approvers { get; set; } = [];

    public IReadOnlyList<CardDelivery> Cards { get; set; } = [];

    public IReadOnlyList<ApprovalVote> Approvals { get; set; } = [];

    public ApprovalState State { get; set; } = ApprovalState.Pending;

    /// <summary>Who decided (display names), null for an expiry.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>The Khulnasoft user id of the admin whose click decided (the actor of the case transition).</summary>
    public string? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The rejecting admin's reason, told to the requester.</summary>
    public string? Reason { get; set; }

    /// <summary>How the requester was told the decision ("chat", "email"), so a rerun does not repeat it.</summary>
    public IReadOnlyList<string> RequesterNotices { get; set; } = [];

    public string? ReminderJobId { get; set; }

    public string? ExpiryJobId { get; set; }

    public string? ETag { get; set; }

    public bool IsDecided => State != ApprovalState.Pending;

    /// <summary>
    /// The Teams user ids the card refreshes for: approvers the bot opened a Teams chat with, and admins who had the
    /// card shown in Teams on request; at most the card's limit.
    /// </summary>
    public IReadOnlyList<string> TeamsUserIds() =>
        [.. Approvers.Select(a => a.TeamsUserId)
            .Concat(Cards.Where(c => string.Equals(c.ChannelId, Channels.Msteams, StringComparison.Ordinal)).Select(c => c.RecipientId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(ApprovalCard.RefreshUserLimit)];
}
