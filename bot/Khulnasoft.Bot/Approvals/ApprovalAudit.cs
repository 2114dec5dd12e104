using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Writes the approvals feature's entries into the case's audit chain (the case itself is not changed). Details are
/// ids, counts and codes, never names, emails or reasons.
/// </summary>
public sealed class ApprovalAudit(DeletionCaseStore cases)
{
    public const string Requested = "approval.requested";
    public const string Refused = "approval.refused";
    public const string Vote = "approval.vote";
    public const string ClickIgnored = "approval.click_ignored";
    public const string ReasonMissing = "approval.reason_missing";
    public const string CardShown = "approval.card_shown";
    public const string CardsUpdated = "approval.cards_updated";
    public const string RequesterNotified = "approval.requester_notified";
    public const string Reminded = "approval.reminded";
    public const string Expired = "approval.expired";
    public const string Forgotten = "approval.forgotten";

    public Task RecordAsync(string caseId, string actor, string action, IReadOnlyDictionary<string, string>? details, CancellationToken cancellationToken) =>
        cases.UpdateAsync(caseId, actor, _ => new CaseChange(action, details), cancellationToken);
}
