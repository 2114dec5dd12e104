using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// What the deletion conversation says outside the identity step, in the turn's language
/// (<c>ConversationTexts.resx</c> and its siblings; see docs/localization.md).
/// </summary>
public static class ConversationTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(ConversationTexts));

    public static string Greeting => L["Greeting"];

    public static string Help => L["Help"];

    /// <summary>The apology of a failed turn; <paramref name="reference"/> is the correlation id support can look up.</summary>
    public static string TurnFailed(string reference) => L["TurnFailed", reference];

    public static string Fallback => L["Fallback"];

    public static string AlreadyInProgress => L["AlreadyInProgress"];

    public static string NothingToCancel => L["NothingToCancel"];

    public static string InvokeDone => L["InvokeDone"];

    public static string ButtonNotSupported => L["ButtonNotSupported"];

    public static string ChecklistInactiveStartAgain => L["ChecklistInactiveStartAgain"];

    public static string ChecklistInactive => L["ChecklistInactive"];

    public static string LanguageChanged => L["LanguageChanged"];

    public static string ResumedIdle => L["ResumedIdle"];

    public static string ResumedActive => L["ResumedActive"];

    public static string DeletionHelp(object helpPage) => L["DeletionHelp", helpPage];

    public static string DeletionCancelled => L["DeletionCancelled"];

    public static string WhereIdentify => L["WhereIdentify"];

    public static string WhereChecklist => L["WhereChecklist"];

    public static string WhereInvoices => L["WhereInvoices"];

    public static string WhereConfirm => L["WhereConfirm"];

    public static string WhereStart => L["WhereStart"];

    public static string InTheMiddle(object where) => L["InTheMiddle", where];

    public static string NoDeletionInProgress => L["NoDeletionInProgress"];

    public static string WhereYourDeletionStands => L["WhereYourDeletionStands"];

    public static string NothingToUndo => L["NothingToUndo"];

    public static string UndoCancelled(object caseId) => L["UndoCancelled", caseId];

    public static string UndoAlreadyCancelled(object caseId) => L["UndoAlreadyCancelled", caseId];

    public static string UndoTooLate(object caseId) => L["UndoTooLate", caseId];

    public static string NoDeletionRequests => L["NoDeletionRequests"];

    public static string YourDeletionRequests => L["YourDeletionRequests"];

    public static string AuditVerified => L["AuditVerified"];

    public static string AuditNotVerified => L["AuditNotVerified"];

    public static string NotPrimaryOwner => L["NotPrimaryOwner"];

    public static string WhenFinishedRecheck => L["WhenFinishedRecheck"];

    public static string FinishChecklistFirst(object stillToDo) => L["FinishChecklistFirst", stillToDo];

    public static string StillToDo(object count, object items) => L["StillToDo", count, items];

    public static string AllDone => L["AllDone"];

    public static string TooManyCodes(object email, object wait) => L["TooManyCodes", email, wait];

    public static string LastStepCode(object email) => L["LastStepCode", email];

    public static string LastStepEmail(object maskedEmail) => L["LastStepEmail", maskedEmail];

    public static string RetryCode => L["RetryCode"];

    public static string RetryEmail => L["RetryEmail"];

    public static string ConfirmCancelled => L["ConfirmCancelled"];

    public static string ConfirmNotVerified => L["ConfirmNotVerified"];

    public static string AlreadyRequested => L["AlreadyRequested"];

    public static string Scheduled(object caseId, object runsAt) => L["Scheduled", caseId, runsAt];

    public static string StepUpWrong(object attemptsLeft) => L["StepUpWrong", attemptsLeft];

    public static string StepUpLocked => L["StepUpLocked"];

    public static string InvoicesPrompt => L["InvoicesPrompt"];

    public static string InvoicesRetry => L["InvoicesRetry"];

    public static string InvoicesSkipped => L["InvoicesSkipped"];

    public static string StillAwaitingApproval => L["StillAwaitingApproval"];

    public static string AlreadyInProgressNothingToStart => L["AlreadyInProgressNothingToStart"];

    public static string ApprovedBy(object approvers) => L["ApprovedBy", approvers];

    public static string CsmRoute(object accountName) => L["CsmRoute", accountName];

    public static string CsmUnreachable(object email) => L["CsmUnreachable", email];

    public static string CsmContinue(object accountName) => L["CsmContinue", accountName];

    public static string CsmStillUnderContract(object accountName) => L["CsmStillUnderContract", accountName];

    public static string ContractEnded => L["ContractEnded"];

    public static string ItsSuperAdministrators => L["ItsSuperAdministrators"];

    public static string NamesAnd => L["NamesAnd"];

    public static string ApprovalRoute(object accountName, object asked, object caseId) => L["ApprovalRoute", accountName, asked, caseId];

    public static string NoSupportAvailable => L["NoSupportAvailable"];

    public static string TellUsYourEmail => L["TellUsYourEmail"];

    public static string FollowUpByEmail(object email) => L["FollowUpByEmail", email];

    public static string TroubleUnderstanding => L["TroubleUnderstanding"];

    public static string GroupPrivacy => L["GroupPrivacy"];

    public static string GroupPersonalHello => L["GroupPersonalHello"];

    public static string GroupOpenPersonal => L["GroupOpenPersonal"];

    public static string ResumeStage(object where) => L["ResumeStage", where];
}
