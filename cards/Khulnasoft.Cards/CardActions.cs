namespace Khulnasoft.Cards;

/// <summary>The documented action contract: every card action carries <c>data.action</c> with one of these names
/// (and, for Action.Execute, the same name as <c>verb</c>).</summary>
public static class CardActions
{
    public const string DeletionStart = "deletion.start";
    public const string DeletionRecheck = "deletion.recheck";
    public const string DeletionStatus = "deletion.status";
    public const string InvoicesSend = "invoices.send";
    public const string InvoicesSkip = "invoices.skip";
    public const string DataExportSend = "dataexport.send";
    public const string DeletionConfirm = "deletion.confirm";
    public const string DeletionCancel = "deletion.cancel";
    public const string DeletionUndo = "deletion.undo";

    /// <summary>Resume a paused (blocked) deletion: shows what blocks it, or, once nothing does, resumes it.</summary>
    public const string DeletionResume = "deletion.resume";
    public const string Help = "help";

    /// <summary>"Do it for me" on a checklist item: data carries <c>item</c> (the <c>ChecklistItemKind</c> name), <c>resourceId</c> and <c>cardId</c>; the bot answers with the consent card.</summary>
    public const string ChecklistFix = "checklist.fix";

    /// <summary>The consent card's Confirm: the same <c>item</c> and <c>resourceId</c>; the bot makes the change.</summary>
    public const string ChecklistFixConfirm = "checklist.fix.confirm";

    /// <summary>The consent card's Keep it: nothing changes.</summary>
    public const string ChecklistFixKeep = "checklist.fix.keep";
    public const string IdentityConfirm = "identity.confirm";
    public const string IdentityReject = "identity.reject";
    public const string ApprovalApprove = "approval.approve";
    public const string ApprovalReject = "approval.reject";
    public const string HandoffAccept = "handoff.accept";
    public const string HandoffHandBack = "handoff.handback";
    public const string HandoffTransfer = "handoff.transfer";
    public const string HandoffClose = "handoff.close";
    public const string HandoffRequest = "handoff.request";

    /// <summary>The verb of the approval card's <c>refresh</c> action (Teams asks for the approver's view).</summary>
    public const string ApprovalRefresh = "approval.refresh";

    /// <summary>The name of the <c>data</c> field that holds the action name.</summary>
    public const string ActionField = "action";

    /// <summary>Every action name a card can send (the refresh verb included).</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DeletionStart, DeletionRecheck, DeletionStatus, InvoicesSend, InvoicesSkip, DataExportSend, DeletionConfirm, DeletionCancel,
        DeletionUndo, DeletionResume, Help, ChecklistFix, ChecklistFixConfirm, ChecklistFixKeep, IdentityConfirm, IdentityReject, ApprovalApprove, ApprovalReject, HandoffAccept,
        HandoffHandBack, HandoffTransfer, HandoffClose, HandoffRequest, ApprovalRefresh,
    };

    /// <summary>The actions that answer in place in Teams (Action.Execute: the bot returns the updated card in the
    /// invoke response). Everything else is Action.Submit everywhere: it answers the dialog's current prompt.</summary>
    public static IReadOnlySet<string> AnswerInPlace { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DeletionRecheck, ApprovalApprove, ApprovalReject, ApprovalRefresh, HandoffAccept, HandoffHandBack,
        HandoffTransfer, HandoffClose,
    };
}
