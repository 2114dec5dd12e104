namespace Khulnasoft.Cards.Approval;

public enum ApprovalOutcome
{
    Approved,
    Rejected,
    Expired,
}
