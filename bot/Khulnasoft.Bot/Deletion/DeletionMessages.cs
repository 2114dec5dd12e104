using System.Globalization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>The texts of the proactive notices. Pure functions of the case; never the reason of a legal hold.</summary>
public static class DeletionMessages
{
    public const string LegalRetention = "Some of your data is retained for a while longer to meet our legal obligations. We will purge it as soon as we are allowed to, and send you a receipt then.";

    public static (string Subject, string Body) For(DeletionNotice notice, DeletionCase deletionCase, string verifyUrl)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var id = deletionCase.CaseId;
        return notice switch
        {
            DeletionNotice.Blocked => (
                "Your account deletion is on hold",
                $"We did not delete your account (case {id}) because something needs your attention first:\n"
                + string.Join('\n', deletionCase.UnmetPrerequisites.Select(p => "- " + p))
                + "\n" + BackOfficeTexts.BlockedNoticeResume),
            DeletionNotice.Deleted => (
                "Your account has been deleted",
                (WasRetriedBySupport(deletionCase) ? BackOfficeTexts.SupportFinished : "") + $"Your account has been deleted (case {id})."
                + (deletionCase.PurgeDueAt is { } due ? $" Your personal data will be purged on {Date(due)}; you will get an erasure receipt then." : "")),
            DeletionNotice.PurgeBlocked => ("About your personal data", $"Case {id}: {LegalRetention}"),
            DeletionNotice.Purged => (
                "Your personal data has been purged: erasure receipt",
                (WasRetriedBySupport(deletionCase) ? BackOfficeTexts.SupportFinished : "") + $"Your personal data has been purged (case {id}). Your signed erasure receipt:\n{deletionCase.Receipt?.Token}\n"
                + $"Anyone can check it at {verifyUrl} (POST {{\"receipt\": \"...\"}})."),
            DeletionNotice.Failed => (
                "Your account deletion needs our help",
                $"We could not complete your deletion request (case {id}) because of a technical problem. Our support team has been told and will finish it; you don't need to do anything."),
            DeletionNotice.Extended => BackOfficeTexts.Extended(id, ResponseDeadlines.DueAt(deletionCase), deletionCase.ExtensionReason ?? ""),
            DeletionNotice.CancelledBySupport => BackOfficeTexts.CancelledBySupport(id, deletionCase.CancellationReason ?? ""),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, null),
        };
    }

    /// <summary>True when support ran a failed stage again (the user was told it failed, so they are told it is finished).</summary>
    private static bool WasRetriedBySupport(DeletionCase deletionCase) => deletionCase.History.Any(t => t.From == DeletionCaseState.Failed);

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
