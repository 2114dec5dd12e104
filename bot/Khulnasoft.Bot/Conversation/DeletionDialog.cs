using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Conversation.Steps;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Dialogs;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The account-deletion conversation, one step dialog after the other: who are you (<see cref="IdentifyStep"/>) →
/// what deletion would touch and which route (<see cref="RouteStep"/>) → the live checklist
/// (<see cref="ChecklistDialog"/>) → invoices (<see cref="InvoicesStep"/>) → the final confirmation with step-up
/// verification and the scheduled deletion (<see cref="ConfirmStep"/>). What the steps establish travels as one
/// <see cref="DeletionFlow"/>; a step that ends with null ends the conversation there. Contract accounts go to their
/// CSM and SSO users who aren't super administrators to approval; an approved request comes back here and finishes
/// the checklist and confirmation. <c>help</c>, <c>cancel</c> and <c>status</c> work at every step.
/// </summary>
public sealed class DeletionDialog : InterruptibleComponentDialog
{
    public new const string Id = "deletion";

    private readonly string _helpPage;
    private readonly DeletionStages _stages;
    private readonly IFunnelEvents _funnel;

    public DeletionDialog(
        IdentifyStep identify, RouteStep route, ChecklistDialog checklist, InvoicesStep invoices, ConfirmStep confirm, DeletionLinks links, DeletionStages stages, IFunnelEvents funnel)
        : base(Id)
    {
        ArgumentNullException.ThrowIfNull(links);
        _helpPage = links.HelpPage;
        _stages = stages;
        _funnel = funnel;

        AddDialog(new WaterfallDialog("deletionSteps",
        [
            StartAsync,
            IdentifiedAsync,
            (step, ct) => StageAsync(step, ChecklistDialog.Id, ct),
            (step, ct) => StageAsync(step, InvoicesStep.Id, ct),
            (step, ct) => StageAsync(step, ConfirmStep.Id, ct),
            FinishAsync,
        ]));
        AddDialog(identify);
        AddDialog(route);
        AddDialog(checklist);
        AddDialog(invoices);
        AddDialog(confirm);
        InitialDialogId = "deletionSteps";
    }

    public override string HelpText => ConversationTexts.DeletionHelp(_helpPage);

    public override string CancelText => ConversationTexts.DeletionCancelled;

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await _funnel.ReachedAsync(step.Context, FunnelSteps.Started, cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(IdentifyStep.Id, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> IdentifiedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is VerifiedIdentity)
        {
            await _funnel.ReachedAsync(step.Context, FunnelSteps.Identified, cancellationToken).ConfigureAwait(false);
        }

        return await Then<VerifiedIdentity>(step, RouteStep.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins the next step with what the previous one ended with; when it ended with nothing, the conversation ends (the step said why).</summary>
    private static async Task<DialogTurnResult> Then<T>(WaterfallStepContext step, string nextStep, CancellationToken cancellationToken)
        where T : class =>
        step.GetResult<T>() is { } carried
            ? await step.BeginDialogAsync(nextStep, carried, cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Like <see cref="Then{T}"/> for the steps after the route, and the user's progress is kept (per user, for a
    /// return in another conversation) or, when the conversation ends here, cleared.
    /// </summary>
    private async Task<DialogTurnResult> StageAsync(WaterfallStepContext step, string nextStep, CancellationToken cancellationToken)
    {
        if (step.GetResult<DeletionFlow>() is not { } flow)
        {
            return await FinishAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values[UserIdValue] = flow.Identity.UserId;
        await _stages.MarkAsync(step.Context, flow.Identity.UserId, nextStep, flow.CaseId, cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(nextStep, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation is over (scheduled, or stopped at a step): nothing to come back to.</summary>
    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGetValue(UserIdValue, out var value) && value?.ToString() is { Length: > 0 } userId)
        {
            await _stages.ClearAsync(userId, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(step.Result, cancellationToken).ConfigureAwait(false);
    }

    private const string UserIdValue = "userId";

    protected override async Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (command == HelpCommand && innerDc.ActiveDialog?.Id == IdentifyStep.Id)
        {
            await innerDc.Context.SendActivityAsync(IdentityTexts.WhyWeVerify, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        if (command == CancelCommand)
        {
            await _stages.ClearVerifiedAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        }

        return await base.OnCommandAsync(innerDc, command, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.Context.SendActivityAsync(ConversationTexts.InTheMiddle(Where(innerDc.ActiveDialog?.Id)), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A step as the user reads it ("the checklist of what to do before deletion").</summary>
    public static string Where(string? step) => step switch
    {
        IdentifyStep.Id => ConversationTexts.WhereIdentify,
        ChecklistDialog.Id => ConversationTexts.WhereChecklist,
        InvoicesStep.Id => ConversationTexts.WhereInvoices,
        ConfirmStep.Id => ConversationTexts.WhereConfirm,
        _ => ConversationTexts.WhereStart,
    };
}
