using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Legal;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The texts of the proactive notices, in the current culture (the notification job sets the case's language and time
/// zone; <c>DeletionMessages.resx</c> and its siblings). Pure functions of the case; never the reason of a legal hold.
/// </summary>
public static class DeletionMessages
{
    private static readonly IStringLocalizer L = Localized.For(typeof(DeletionMessages));

    /// <summary>The reviewed legal-hold notice (<see cref="LegalTexts.LegalHold"/>).</summary>
    public static string LegalRetention => LegalTexts.LegalHold();

    public static (string Subject, string Body) For(DeletionNotice notice, DeletionCase deletionCase, string verifyUrl)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var id = deletionCase.CaseId;
        return notice switch
        {
            DeletionNotice.Blocked => (
                L["BlockedSubject"],
                L["BlockedBody", id, string.Join('\n', BlockerTexts.Of(deletionCase, ChatText.Code).Select(p => "- " + p))] + "\n" + BackOfficeTexts.BlockedNoticeResume),
            DeletionNotice.Deleted => (
                L["DeletedSubject"],
                (WasRetriedBySupport(deletionCase) ? BackOfficeTexts.SupportFinished : "") + L["DeletedBody", id]
                + (deletionCase.PurgeDueAt is { } due ? L["DeletedPurgeDue", UserClock.DateTime(due)] : "")),
            DeletionNotice.PurgeBlocked => (L["PurgeBlockedSubject"], L["PurgeBlockedBody", id, LegalRetention]),
            DeletionNotice.Purged => (
                L["PurgedSubject"],
                (WasRetriedBySupport(deletionCase) ? BackOfficeTexts.SupportFinished : "") + L["PurgedBody", id, deletionCase.Receipt?.Token ?? "", verifyUrl]),
            DeletionNotice.Failed => (L["FailedSubject"], L["FailedBody", id]),
            DeletionNotice.Extended => BackOfficeTexts.Extended(id, ResponseDeadlines.DueAt(deletionCase), deletionCase.ExtensionReason ?? ""),
            DeletionNotice.CancelledBySupport => BackOfficeTexts.CancelledBySupport(id, deletionCase.CancellationReason ?? ""),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, null),
        };
    }

    /// <summary>To a member told of the deletion: it was undone or cancelled, and the account stays (the account's name only).</summary>
    public static (string Subject, string Body) MemberUndone(string accountName) => (L["MemberUndoneSubject", accountName], L["MemberUndoneBody", accountName]);

    /// <summary>True when support ran a failed stage again (the user was told it failed, so they are told it is finished).</summary>
    private static bool WasRetriedBySupport(DeletionCase deletionCase) => deletionCase.History.Any(t => t.From == DeletionCaseState.Failed);

    /// <summary>Speak the case's language (English when it has none) with its time zone (UTC when it has none).</summary>
    public static void UseLanguageOf(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        TurnCulture.UseRecorded(deletionCase.Culture, UserClock.FindZone(deletionCase.TimeZone));
    }
}
