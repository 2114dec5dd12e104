using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Approvals;

/// <summary>What the approvals feature says, in one place (chat messages and mails), in the current culture (<c>ApprovalTexts.resx</c> and its siblings).</summary>
public static class ApprovalTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(ApprovalTexts));

    public static string NotAnApprover => L["NotAnApprover"];

    public static string NoSuchRequest => L["NoSuchRequest"];

    public static string CannotCheckNow => L["CannotCheckNow"];

    public static string NothingWaiting => L["NothingWaiting"];

    public static string UnknownAdmin => L["UnknownAdmin"];

    public static string PersonalChatOnly => L["PersonalChatOnly"];

    /// <summary>The maximum length of a rejection reason (the card's input allows the same).</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>The phrases that ask for the approval requests waiting for the user (compared case-insensitively).</summary>
    public static IReadOnlyList<string> InboxPhrases { get; } = ["approval requests", "show approval requests", "pending approvals", "approvals", "freigabeanfragen", "freigaben"];

    public static string ReasonMissing(ApprovalRecord record) =>
        L["ReasonMissing", Requester(record)];

    public static string ReasonTooLong => L["ReasonTooLong", ReasonMaxLength];

    public static string AskApprover(ApprovalRecord record) =>
        L["AskApprover", Requester(record), Account(record)];

    public static string Reminder(ApprovalRecord record) =>
        L["Reminder", Requester(record), Account(record)];

    public static string StillNeeded(ApprovalRecord record)
    {
        var missing = record.RequiredApprovers - record.Approvals.Count;
        return missing == 1 ? L["StillNeededOne"] : L["StillNeededOther", missing];
    }

    public static string VoteRecorded(ApprovalRecord record) => L["VoteRecorded", StillNeeded(record)];

    public static string AlreadyVoted(ApprovalRecord record) => L["AlreadyVoted", StillNeeded(record)];

    public static string DecidedByYou(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => L["DecidedApproved", Requester(record)],
        ApprovalState.Rejected => L["DecidedRejected", Requester(record)],
        _ => AlreadyDecided(record),
    };

    public static string AlreadyDecided(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => L["AlreadyApproved", record.DecidedBy ?? ""],
        ApprovalState.Rejected => L["AlreadyRejected", record.DecidedBy ?? ""],
        ApprovalState.Expired => L["AlreadyExpired"],
        _ => L["StillWaiting"],
    };

    /// <summary>The text of a replaced (decided) approval card.</summary>
    public static string DecidedSummary(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => L["SummaryApproved", Requester(record), record.DecidedBy ?? ""],
        ApprovalState.Rejected => L["SummaryRejected", Requester(record), record.DecidedBy ?? ""],
        ApprovalState.Expired => L["SummaryExpired", Requester(record)],
        _ => AskApprover(record),
    };

    public static string NoLongerWaiting => L["NoLongerWaiting"];

    public static string ContinueChecklist => L["ContinueChecklist"];

    /// <summary>Who the card waits for when nobody could be named.</summary>
    public static string ASuperAdministrator => L["ASuperAdministrator"];

    /// <summary>
    /// Speak the language the request was made in (<see cref="ApprovalRecord.Culture"/>: the requester's turn, which
    /// already fell back to <c>Conversation:DefaultCulture</c>), in UTC: for what a job sends the approvers (the card
    /// posted or replaced in Teams, the reminder, the mail). English for a request stored before it had a culture.
    /// </summary>
    public static void UseLanguageOf(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        TurnCulture.UseRecorded(record.Culture);
    }

    /// <summary>What the requester is told once the request is decided.</summary>
    public static string RequesterNotice(ApprovalRecord record, TimeSpan expireAfter)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.State switch
        {
            ApprovalState.Approved => L["NoticeApproved", record.DecidedBy ?? ""],
            ApprovalState.Rejected => L["NoticeRejected", record.DecidedBy ?? "", record.Reason ?? ""],
            ApprovalState.Expired => L["NoticeExpired", Account(record), Duration(expireAfter)],
            _ => throw new ArgumentException("The request is not decided.", nameof(record)),
        };
    }

    public static string RequesterSubject(ApprovalRecord record) => record.State switch
    {
        ApprovalState.Approved => L["SubjectApproved"],
        ApprovalState.Rejected => L["SubjectRejected"],
        _ => L["SubjectExpired"],
    };

    public static string ApproverSubject(ApprovalRecord record) =>
        L["ApproverSubject", Requester(record)];

    public static string ApproverMail(ApprovalRecord record, string approverName, Uri openBot, bool reminder) =>
        L["ApproverMail", approverName, reminder ? L["ReminderPrefix"] : string.Empty, Requester(record), record.RequesterEmail, Account(record),
            record.RequestId, record.RequestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), openBot];

    public static string RequesterMail(ApprovalRecord record, string notice, Uri openBot) =>
        L["RequesterMail", record.RequesterName, notice]
        + (record.State == ApprovalState.Approved ? L["RequesterMailContinue", openBot] : string.Empty);

    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => Plural((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => Plural((int)span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => Plural((int)span.TotalMinutes, "minute"),
        _ => Plural((int)Math.Ceiling(span.TotalSeconds), "second"),
    };

    private static string Plural(int n, string unit) => n == 1 ? L[unit + "One"] : L[unit + "Other", n];

    private static string Requester(ApprovalRecord record) => record.RequesterName;

    private static string Account(ApprovalRecord record) => record.AccountName;
}
