namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The legal clock of an erasure request (GDPR Art. 12(3)): it must be answered within one month of receipt, a
/// deadline that may be extended by two further months, with the reason told to the user. Months are calendar months in UTC.
/// </summary>
public static class ResponseDeadlines
{
    /// <summary>How many months an extension may add at most.</summary>
    public const int MaxExtensionMonths = 2;

    /// <summary>The date by which the request must be answered: the extended date, or received + one month.</summary>
    public static DateTimeOffset DueAt(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return deletionCase.ExtendedDueAt ?? Original(deletionCase);
    }

    /// <summary>Received + one month.</summary>
    public static DateTimeOffset Original(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return deletionCase.CreatedAt.ToUniversalTime().AddMonths(1);
    }

    /// <summary>The latest date an extension may set: received + one month + two months.</summary>
    public static DateTimeOffset Latest(DeletionCase deletionCase) => Original(deletionCase).AddMonths(MaxExtensionMonths);

    /// <summary>A case the law's clock still runs for: not yet answered (purged, deleted, cancelled, rejected or expired answer it).</summary>
    public static bool IsOpenRequest(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return deletionCase.DeletedAt is null && !DeletionTransitions.IsClosedBeforeDeletion(deletionCase.State)
            && !DeletionTransitions.IsDeleted(deletionCase.State);
    }
}
