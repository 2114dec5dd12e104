using Khulnasoft.Bot.ConversationHooks;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// What the deletion conversation has established so far, handed from step to step: each step dialog is begun with
/// it and ends with it (updated), or with null when the conversation stops at that step. Set by the route step (who
/// and what); the checklist adds whether the invoices were sent.
/// </summary>
/// <param name="CaseId">The approved case the user comes back to, or (from the confirm step on) the case the confirmation opens.</param>
/// <param name="ApprovedBy">The approvers' display names (joined), shown on the final confirmation of an approved case.</param>
/// <param name="InvoicesSent">True once the invoices went out during the checklist or the invoices step.</param>
/// <param name="ResumeAt">The step a returning user had reached (<see cref="DeletionProgress.Stage"/>); the steps before it
/// that are done (the checklist, read live) pass them on.</param>
public sealed record DeletionFlow(
    VerifiedIdentity Identity,
    DeletionPlan Plan,
    string? CaseId = null,
    string? ApprovedBy = null,
    bool InvoicesSent = false,
    string? ResumeAt = null);
