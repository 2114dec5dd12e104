using System.Globalization;

namespace Khulnasoft.Bot.Approvals;

/// <summary>What the approvals feature says, in one place (chat messages and mails).</summary>
public static class ApprovalTexts
{
    public const string NotAnApprover = "You are not an approver for this request.";

    public const string NoSuchRequest = "This approval request no longer exists.";

    public const string CannotCheckNow = "I can't check your permissions right now. Please try again in a minute.";

    public const string NothingWaiting = "There are no approval requests waiting for you.";

    public const string UnknownAdmin = "I can only show approval requests to a super administrator I can identify. "
        + "Open me from Microsoft Teams, or from your Khulnasoft dashboard while signed in.";

    public const string PersonalChatOnly = "I show approval requests only in a personal chat with you. Open a chat with me and say \"approval requests\" there.";

    /// <summary>The maximum length of a rejection reason (the card's input allows the same).</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>The phrases that ask for the approval requests waiting for the user (compared case-insensitively).</summary>
    public static IReadOnlyList<string> InboxPhrases { get; } = ["approval requests", "show approval requests", "pending approvals", "approvals"];

    public static string ReasonMissing(ApprovalRecord record) =>
        $"Please give a reason for rejecting the request: {Requester(record)} will see it.";

    public static string ReasonTooLong => $"Please keep the reason to {ReasonMaxLength} characters.";

    public static string AskApprover(ApprovalRecord record) =>
        $"{Requester(record)} asks you, as a super administrator of {Account(record)}, to approve the deletion of their Khulnasoft account.";

    public static string Reminder(ApprovalRecord record) =>
        $"Reminder: {Requester(record)}'s request to delete their account in {Account(record)} is still waiting for your decision (the approval card above).";

    public static string StillNeeded(ApprovalRecord record)
    {
        var missing = record.RequiredApprovers - record.Approvals.Count;
        return missing == 1 ? "1 more approval from another super administrator" : $"{missing} more approvals from other super administrators";
    }

    public static string VoteRecorded(ApprovalRecord record) => $"Thanks — your approval is recorded. The request still needs {StillNeeded(record)}.";

    public static string AlreadyVoted(ApprovalRecord record) => $"You have already approved this request. It still needs {StillNeeded(record)}.";

    public static string DecidedByYou(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => $"Approved. I've let {Requester(record)} know they can continue.",
        ApprovalState.Rejected => $"Rejected. I've told {Requester(record)}, with your reason.",
        _ => AlreadyDecided(record),
    };

    public static string AlreadyDecided(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => $"This request was already approved by {record.DecidedBy}. Nothing changed.",
        ApprovalState.Rejected => $"This request was already rejected by {record.DecidedBy}. Nothing changed.",
        ApprovalState.Expired => "This request expired before anyone decided. Nothing changed.",
        _ => "This request is still waiting for a decision.",
    };

    /// <summary>The text of a replaced (decided) approval card.</summary>
    public static string DecidedSummary(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => $"{Requester(record)}'s deletion request was approved by {record.DecidedBy}.",
        ApprovalState.Rejected => $"{Requester(record)}'s deletion request was rejected by {record.DecidedBy}.",
        ApprovalState.Expired => $"{Requester(record)}'s deletion request expired unanswered.",
        _ => AskApprover(record),
    };

    public const string NoLongerWaiting = "This request is no longer waiting for a decision (the deletion was cancelled or closed). Nothing changed.";

    /// <summary>What the requester is told once the request is decided.</summary>
    public static string RequesterNotice(ApprovalRecord record, TimeSpan expireAfter)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.State switch
        {
            ApprovalState.Approved => $"{record.DecidedBy} approved your request. Continue with the checklist:",
            ApprovalState.Rejected => $"{record.DecidedBy} rejected your request to delete your account. Their reason: \"{record.Reason}\". "
                + "Your account stays as it is. If you have questions, contact your super administrator.",
            ApprovalState.Expired => $"Your request to delete your account expired: no super administrator of {Account(record)} decided within {Duration(expireAfter)}. "
                + "Your account stays as it is. Say \"delete my account\" to ask again.",
            _ => throw new ArgumentException("The request is not decided.", nameof(record)),
        };
    }

    public static string RequesterSubject(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => "Your account deletion request was approved",
        ApprovalState.Rejected => "Your account deletion request was rejected",
        _ => "Your account deletion request expired",
    };

    public static string ApproverSubject(ApprovalRecord record) =>
        $"Approval needed: {Requester(record)} wants to delete their Khulnasoft account";

    public static string ApproverMail(ApprovalRecord record, string approverName, Uri openBot, bool reminder) =>
        $"Hello {approverName},\n\n"
        + (reminder ? "This is a reminder: " : string.Empty)
        + $"{Requester(record)} ({record.RequesterEmail}) asks to delete their Khulnasoft account in {Account(record)}. "
        + "Your account uses single sign-on, so a super administrator has to approve.\n\n"
        + $"Request {record.RequestId}, made {record.RequestedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}.\n\n"
        + $"To approve or reject it, open the Khulnasoft assistant: {openBot}\n"
        + "and say \"approval requests\". The assistant checks that you are a super administrator of the account before it accepts your decision.\n\n"
        + "If you did not expect this, you can ignore this message: the request expires if nobody decides.\n";

    public static string RequesterMail(ApprovalRecord record, string notice, Uri openBot) =>
        $"Hello {record.RequesterName},\n\n{notice}\n\n"
        + (record.State == ApprovalState.Approved ? $"Open the Khulnasoft assistant to continue: {openBot}\nand say \"delete my account\".\n" : string.Empty);

    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => Plural((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => Plural((int)span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => Plural((int)span.TotalMinutes, "minute"),
        _ => Plural((int)Math.Ceiling(span.TotalSeconds), "second"),
    };

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private static string Requester(ApprovalRecord record) => record.RequesterName;

    private static string Account(ApprovalRecord record) => record.AccountName;
}
