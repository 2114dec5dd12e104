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

    public DeletionDialog(IdentifyStep identify, RouteStep route, ChecklistDialog checklist, InvoicesStep invoices, ConfirmStep confirm, DeletionLinks links)
        : base(Id)
    {
        ArgumentNullException.ThrowIfNull(links);
        HelpText = "I'm walking you through deleting your Khulnasoft account, step by step: I check who you are, show what "
            + "deletion would remove, tick off the prerequisites from your live account, offer your invoices, and ask you to "
            + "confirm. Nothing is deleted before you confirm. Say \"cancel\" to stop, \"status\" to see where we are, or "
            + "\"talk to a human\". The help page: " + links.HelpPage;
        CancelText = "Okay, I've stopped. Nothing was deleted. Say \"delete my account\" whenever you want to start again.";

        AddDialog(new WaterfallDialog("deletionSteps",
        [
            (step, ct) => step.BeginDialogAsync(IdentifyStep.Id, null, ct),
            (step, ct) => Then<VerifiedIdentity>(step, RouteStep.Id, ct),
            (step, ct) => Then<DeletionFlow>(step, ChecklistDialog.Id, ct),
            (step, ct) => Then<DeletionFlow>(step, InvoicesStep.Id, ct),
            (step, ct) => Then<DeletionFlow>(step, ConfirmStep.Id, ct),
        ]));
        AddDialog(identify);
        AddDialog(route);
        AddDialog(checklist);
        AddDialog(invoices);
        AddDialog(confirm);
        InitialDialogId = "deletionSteps";
    }

    /// <summary>Begins the next step with what the previous one ended with; when it ended with nothing, the conversation ends (the step said why).</summary>
    private static async Task<DialogTurnResult> Then<T>(WaterfallStepContext step, string nextStep, CancellationToken cancellationToken)
        where T : class =>
        step.GetResult<T>() is { } carried
            ? await step.BeginDialogAsync(nextStep, carried, cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);

    protected override async Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (command == HelpCommand && innerDc.ActiveDialog?.Id == IdentifyStep.Id)
        {
            await innerDc.Context.SendActivityAsync(IdentityTexts.WhyWeVerify, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        return await base.OnCommandAsync(innerDc, command, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var where = innerDc.ActiveDialog?.Id switch
        {
            IdentifyStep.Id => "checking who you are",
            ChecklistDialog.Id => "the checklist of what to do before deletion",
            InvoicesStep.Id => "your invoices",
            ConfirmStep.Id => "the final confirmation",
            _ => "getting started",
        };
        await innerDc.Context.SendActivityAsync($"We're in the middle of deleting your account: {where}. Nothing has been deleted yet. "
            + "Say \"cancel\" to stop.", cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
