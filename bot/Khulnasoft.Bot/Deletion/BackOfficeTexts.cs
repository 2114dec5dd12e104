using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Every user-facing chat and mail text of the back office (resuming a paused case, the legal clock, what operators
/// did to a case), in the current culture (<c>BackOfficeTexts.resx</c> and its siblings): the turn's, or the case's
/// when a job sends it.
/// </summary>
public static class BackOfficeTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(BackOfficeTexts));

    public static string BlockedNoticeResume => L["BlockedNoticeResume"];

    public static string ResumeRetry => L["ResumeRetry"];

    public static string LeftPaused => L["LeftPaused"];

    public static string NothingToResume => L["NothingToResume"];

    /// <summary>Starts a deleted or purged notice after support ran a failed stage again (ends with a space).</summary>
    public static string SupportFinished => L["SupportFinished"];

    public static string Paused(string caseId) => L["Paused", caseId];

    public static string ReadyToResume(string caseId) => L["ReadyToResume", caseId];

    public static string StillBlocked(string caseId, IReadOnlyList<string> unmet) => L["StillBlocked", caseId, string.Join("; ", unmet)];

    public static string Resumed(string caseId, DateTimeOffset runsAt) => L["Resumed", caseId, UserClock.DateTime(runsAt)];

    /// <summary>Why a case that is not paused has nothing to resume.</summary>
    public static string NotBlocked(string caseId, string state) => L["NotBlocked", caseId, state];

    /// <summary>The new due date is a calendar day of the legal clock (UTC days), shown as that day.</summary>
    public static (string Subject, string Body) Extended(string caseId, DateTimeOffset dueBy, string reason) =>
        (L["ExtendedSubject"], L["ExtendedBody", caseId, UserClock.CalendarDate(dueBy), reason]);

    public static (string Subject, string Body) CancelledBySupport(string caseId, string reason) =>
        (L["CancelledSubject"], L["CancelledBody", caseId, reason]);
}
