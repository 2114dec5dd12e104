using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What the deletion lifecycle's newer notices say, in the current culture (<c>DeletionTexts.resx</c> and its
/// siblings): the scheduled email with its undo link, the reminder, the members' notices and the undo page. The jobs
/// speak the case's language (<see cref="DeletionMessages.UseLanguageOf"/>); the undo page the link's. A member's
/// notice names the account and nothing else of its owner.
/// </summary>
public static class DeletionTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(DeletionTexts));

    public static string UndoPageTitle => L["UndoPageTitle"];

    public static string UndoButton => L["UndoButton"];

    /// <summary>Under the undo button: closing the page lets the deletion go ahead.</summary>
    public static string UndoGoAhead => L["UndoGoAhead"];

    public static string UndoInvalid => L["UndoInvalid"];

    public static string UndoExpired => L["UndoExpired"];

    public static string UndoForgery => L["UndoForgery"];

    public static string UndoNotFound => L["UndoNotFound"];

    /// <summary>An instant on the user's clock, in their culture, with its zone ("6 December 2026, 14:00 UTC").</summary>
    public static string At(DateTimeOffset at) => UserClock.DateTime(at);

    public static string ScheduledSubject(string caseId) => L["ScheduledSubject", caseId];

    public static string ScheduledBody(string caseId, DateTimeOffset runsAt, Uri undoUrl) => L["ScheduledBody", caseId, At(runsAt), undoUrl];

    public static string ReminderSubject(string caseId) => L["ReminderSubject", caseId];

    public static string ReminderBody(string caseId, DateTimeOffset runsAt, Uri undoUrl) => L["ReminderBody", caseId, At(runsAt), undoUrl];

    public static string ReminderChat(string caseId, DateTimeOffset runsAt) => L["ReminderChat", caseId, At(runsAt)];

    public static string MemberScheduledSubject(string accountName) => L["MemberScheduledSubject", accountName];

    public static string MemberScheduledBody(string accountName, DateTimeOffset runsAt) => L["MemberScheduledBody", accountName, At(runsAt)];

    public static string MemberDeletedSubject(string accountName) => L["MemberDeletedSubject", accountName];

    public static string MemberDeletedBody(string accountName) => L["MemberDeletedBody", accountName];

    public static string UndoConfirm(string caseId, DateTimeOffset runsAt) => L["UndoConfirm", caseId, At(runsAt)];

    public static string UndoDone(string caseId) => L["UndoDone", caseId];

    public static string UndoAlready(string caseId) => L["UndoAlready", caseId];

    public static string UndoTooLate(string caseId) => L["UndoTooLate", caseId];
}
