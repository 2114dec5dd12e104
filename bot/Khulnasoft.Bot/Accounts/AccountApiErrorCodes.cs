namespace Khulnasoft.Bot.Accounts;

/// <summary>The error codes of the account API that callers branch on.</summary>
public static class AccountApiErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string NotFound = "not_found";
    public const string UserDeleted = "user_deleted";
    public const string UserPurged = "user_purged";
    public const string UserNotDeleted = "user_not_deleted";
    public const string PrerequisitesUnmet = "prerequisites_unmet";
    public const string LegalHold = "legal_hold";
    public const string InvalidRequest = "invalid_request";
    public const string ContractSubscription = "contract_subscription";
    public const string BalanceDue = "balance_due";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
}
