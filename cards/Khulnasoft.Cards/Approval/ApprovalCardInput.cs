using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Approval;

/// <summary>An SSO user's deletion request sent to the account's super administrators.
/// <paramref name="ApproverUserIds"/> are the approvers' Teams user MRIs (<c>29:…</c>, at most 60): in Teams only
/// they get the refreshed view with the buttons.</summary>
public sealed record ApprovalCardInput(
    string RequestId,
    string CaseId,
    string RequesterName,
    string RequesterEmail,
    string AccountName,
    DeletionScope Scope,
    DateTimeOffset RequestedAt,
    IReadOnlyList<string> ApproverUserIds,
    IReadOnlyList<string> ApproverNames,
    ApprovalDecision? Decision = null);
