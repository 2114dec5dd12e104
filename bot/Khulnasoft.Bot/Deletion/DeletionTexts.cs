using System.Globalization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What the deletion lifecycle's newer notices say: the scheduled email with its undo link, the reminder, the members'
/// notices and the undo page. A member's notice names the account and nothing else of its owner.
/// </summary>
public static class DeletionTexts
{
    public const string UndoPageTitle = "Cancel your account deletion";

    public const string UndoButton = "Cancel my deletion";

    public const string UndoInvalid = "This undo link is not valid. Nothing was changed. To cancel your deletion, say \"undo\" to the Khulnasoft assistant.";

    public const string UndoExpired = "This undo link has expired: the grace period is over. Nothing was changed. Say \"status\" to the Khulnasoft assistant to see where your deletion stands.";

    public const string UndoForgery = "This request did not come from the undo page, so nothing was changed. Open the link from your email again and choose the button on the page.";

    public const string UndoNotFound = "There is no deletion for this link any more. Nothing was changed.";

    public static string At(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string ScheduledSubject(string caseId) => $"Your Khulnasoft account deletion is scheduled (case {caseId})";

    public static string ScheduledBody(string caseId, DateTimeOffset runsAt, Uri undoUrl) =>
        $"""
        Your Khulnasoft account deletion is scheduled.

        Case: {caseId}
        Deletion date: {At(runsAt)}

        Until then nothing is deleted, and you can change your mind. To keep your account, open this link and confirm on the page (it works until the deletion date):

        {undoUrl}

        You can also say "undo" to the Khulnasoft assistant.
        """;

    public static string ReminderSubject(string caseId) => $"Reminder: your Khulnasoft account will be deleted soon (case {caseId})";

    public static string ReminderBody(string caseId, DateTimeOffset runsAt, Uri undoUrl) =>
        $"""
        Reminder: your Khulnasoft account will be deleted on {At(runsAt)} (case {caseId}).

        To keep your account, open this link and confirm on the page before then:

        {undoUrl}

        You can also say "undo" to the Khulnasoft assistant.
        """;

    public static string ReminderChat(string caseId, DateTimeOffset runsAt) =>
        $"Reminder: your Khulnasoft account will be deleted on {At(runsAt)} (case {caseId}). Nothing is deleted before then. To keep your account, say \"undo\".";

    public static string MemberScheduledSubject(string accountName) => $"The Khulnasoft account \"{accountName}\" is scheduled for deletion";

    public static string MemberScheduledBody(string accountName, DateTimeOffset runsAt) =>
        $"""
        The Khulnasoft account "{accountName}", of which you are a member, is scheduled to be deleted on {At(runsAt)}.

        When it is deleted you will be removed from it and lose access to everything in it. Your own Khulnasoft user and your other accounts are not affected.

        If you need anything from this account, ask its owner before then.
        """;

    public static string MemberDeletedSubject(string accountName) => $"The Khulnasoft account \"{accountName}\" has been deleted";

    public static string MemberDeletedBody(string accountName) =>
        $"""
        The Khulnasoft account "{accountName}", of which you were a member, has been deleted, and you have been removed from it.

        Your own Khulnasoft user and your other accounts are not affected.
        """;

    public static string UndoConfirm(string caseId, DateTimeOffset runsAt) =>
        $"Your Khulnasoft account deletion (case {caseId}) is scheduled for {At(runsAt)}. Do you want to cancel it and keep your account? Nothing is deleted before that date.";

    public static string UndoDone(string caseId) => $"Done: your deletion (case {caseId}) is cancelled. Nothing was deleted and your account stays as it is.";

    public static string UndoAlready(string caseId) => $"Your deletion (case {caseId}) was already cancelled. Nothing was deleted.";

    public static string UndoTooLate(string caseId) =>
        $"It's too late to undo case {caseId}: the deletion has already run. Say \"status\" to the Khulnasoft assistant to see where it stands.";
}
