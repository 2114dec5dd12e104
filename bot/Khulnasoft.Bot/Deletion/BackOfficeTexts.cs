using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Every user-facing chat and mail text of the back office (resuming a paused case, the legal clock, what operators
/// did to a case), in the current culture (<c>BackOfficeTexts.resx</c> and its siblings): the user's turn, or the
/// case's language in a notice.
/// </summary>
public static class BackOfficeTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(BackOfficeTexts));

    public static string BlockedNoticeResume => L["BlockedNoticeResume"];

    public static string ResumeRetry => L["ResumeRetry"];

    public static string LeftPaused => L["LeftPaused"];

    public static string NothingToResume => L["NothingToResume"];

    /// <summary>Put before the deleted and purged notices of a case support ran again (ends with a space).</summary>
    public static string SupportFinished => L["SupportFinished"];

    public static string Paused(string caseId) => L["Paused", caseId];

    public static string ReadyToResume(string caseId) => L["ReadyToResume", caseId];

    public static string StillBlocked(string caseId, IReadOnlyList<string> unmet) => L["StillBlocked", caseId, string.Join("; ", unmet)];

    public static string Resumed(string caseId, DateTimeOffset runsAt) => L["Resumed", caseId, UserClock.DateTime(runsAt)];

    /// <summary>Why a case that is not paused has nothing to resume.</summary>
    public static string NotBlocked(string caseId, string state) => L["NotBlocked", caseId, state];

    public static (string Subject, string Body) Extended(string caseId, DateTimeOffset dueBy, string reason) =>
        (L["ExtendedSubject"], L["ExtendedBody", caseId, UserClock.Date(dueBy), reason]);

    public static (string Subject, string Body) CancelledBySupport(string caseId, string reason) =>
        (L["CancelledBySupportSubject"], L["CancelledBySupportBody", caseId, reason]);

    /// <summary>A date as the operator console shows it (English, UTC).</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
