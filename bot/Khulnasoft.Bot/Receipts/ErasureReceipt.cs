namespace Khulnasoft.Bot.Receipts;

/// <summary>
/// What was erased, and when: the payload of a signed erasure receipt. Ids only: no name or email, so the receipt
/// itself holds no personal data beyond the (now purged) user id.
/// </summary>
public sealed record ErasureReceipt(
    string ReceiptId,
    string CaseId,
    string UserId,
    IReadOnlyList<string> DeletedAccountIds,
    int RemovedMemberCount,
    DateTimeOffset RequestedAt,
    DateTimeOffset DeletedAt,
    DateTimeOffset PurgedAt,
    DateTimeOffset IssuedAt,
    string Issuer);
