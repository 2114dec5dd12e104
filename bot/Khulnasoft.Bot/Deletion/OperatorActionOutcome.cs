namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What an operator's action came to, as a code: the console words it in the operator's language (<c>Ops/OpsTexts</c>,
/// key <c>Action_{name}</c>) with the result's arguments. Renaming a member renames its text key.
/// </summary>
public enum OperatorActionOutcome
{
    NoSuchCase,
    ReasonRequired,

    /// <summary>Argument: the longest reason allowed (characters).</summary>
    ReasonTooLong,

    Resumed,

    /// <summary>Argument: what still blocks the case, as read again just now.</summary>
    NotResumedStillBlocked,

    /// <summary>Argument: the case's state.</summary>
    NotResumedNotBlocked,

    /// <summary>Argument: the case's state after the retry.</summary>
    Retried,

    /// <summary>Argument: the case's state (only a failed case can be retried).</summary>
    NotRetried,

    Cancelled,
    NotCancelledAlreadyCancelled,
    NotCancelledTooLate,

    /// <summary>Argument: the new due date.</summary>
    Extended,

    NotExtendedAnswered,

    /// <summary>Argument: the current due date.</summary>
    NotExtendedNotAfterDueDate,

    /// <summary>Argument: the latest due date the law allows.</summary>
    NotExtendedTooLate,

    NotExtendedBadDate,
    ReceiptResent,
    NotSentNoReceipt,
    NotSentWrongEmail,
}
