using System.Globalization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Every user-facing chat and mail text of the back office (resuming a paused case, the legal clock, what operators
/// did to a case), in one place for translation.
/// </summary>
public static class BackOfficeTexts
{
    public const string BlockedNoticeResume = "When that is done, select \"Resume my deletion\" or tell me \"resume\": I'll show you what is left, and once nothing is, I'll ask you to confirm.";

    public const string ResumeRetry = "Select \"Resume my deletion\" (or type \"resume\"), or \"Not now\" to leave it paused.";

    public const string LeftPaused = "Okay, your deletion stays paused. Nothing was deleted. Say \"resume\" whenever you're ready.";

    public const string NothingToResume = "You have no deletion to resume. Say \"delete my account\" to start one, or \"show my deletion history\" for past requests.";

    public const string SupportFinished = "Our support team has resolved the problem with your request. ";

    public static string Paused(string caseId) =>
        $"Your deletion (case {caseId}) is paused: something needs your attention first. Here's your live checklist of what is left.";

    public static string ReadyToResume(string caseId) =>
        $"Everything that paused your deletion (case {caseId}) is done. Do you want to resume it now?";

    public static string StillBlocked(string caseId, IReadOnlyList<string> unmet) =>
        $"Your deletion (case {caseId}) can't resume yet; this still blocks it: " + string.Join("; ", unmet) + ". Select Re-check or say \"resume\" when it's done.";

    public static string Resumed(string caseId, DateTimeOffset runsAt) =>
        $"Resumed: your deletion (case {caseId}) is scheduled again and runs now ({DateTime(runsAt)}). I'll tell you here when it's done.";

    /// <summary>Why a case that is not paused has nothing to resume.</summary>
    public static string NotBlocked(string caseId, string state) =>
        $"Your deletion (case {caseId}) isn't paused, so there's nothing to resume: it is \"{state}\". Say \"status\" to see where it stands.";

    public static (string Subject, string Body) Extended(string caseId, DateTimeOffset dueBy, string reason) => (
        "We need more time to answer your deletion request",
        $"We have extended the deadline to answer your deletion request (case {caseId}) to {Date(dueBy)}, as the law allows for complex requests. The reason: {reason}");

    public static (string Subject, string Body) CancelledBySupport(string caseId, string reason) => (
        "Your account deletion was cancelled",
        $"Our support team cancelled your deletion request (case {caseId}). Nothing was deleted. The reason: {reason}. Say \"delete my account\" if you want to start again.");

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
