namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// One approval card the bot posted (into an approver's Teams chat, or on request in Web Chat), so it can be
/// replaced by the decided card. <paramref name="RecipientId"/> is the channel's id of the person it was posted to
/// (in Teams their <c>29:…</c> id, for <c>refresh.userIds</c>). <paramref name="ShowsOutcome"/> is true once the
/// message shows the final decision (or cannot be updated: Direct Line has no update).
/// </summary>
public sealed record CardDelivery(
    string ApproverUserId,
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string ActivityId,
    string? TenantId,
    string? RecipientId,
    bool ShowsOutcome = false);
