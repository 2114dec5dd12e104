using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own <see cref="DialogSet"/> and an inner stack kept in its state under
/// <c>"dialogs"</c> (protocol doc §7.6). Override <see cref="OnContinueDialogAsync"/> to handle interruptions.
/// </summary>
public class ComponentDialog(string dialogId) : DialogContainer(dialogId)
{
    /// <summary>State key of the inner stack.</summary>
    public const string PersistedDialogState = "dialogs";

    /// <summary>The dialog begun first; set by the first <see cref="AddDialog"/> unless set explicitly.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var outerDc = dc;
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the stack.");
        var inner = new DialogState();
        instance.State[PersistedDialogState] = inner;
        var innerDc = new DialogContext(Dialogs, outerDc, inner);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await EndOrWaitAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var outerDc = dc;
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the stack.");
        var innerDc = CreateChildContext(outerDc)!;
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await EndOrWaitAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A child pushed on the outer stack has ended: reprompt and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var outerDc = dc;
        if (outerDc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(outerDc.Context, instance, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(turnContext, instance);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>On cancel every inner dialog is cancelled too.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerDc(turnContext, instance);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    public override DialogContext? CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is not { } instance)
        {
            return null;
        }

        return new DialogContext(Dialogs, dc, InnerState(instance));
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no InitialDialogId.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Ends the component with the inner result (the SDK's <c>EndComponentAsync</c>).</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> EndOrWaitAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        if (inner.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        if (inner.Status != DialogTurnStatus.Cancelled)
        {
            return await EndComponentAsync(outerDc, inner.Result, cancellationToken).ConfigureAwait(false);
        }

        // Inner dialogs were cancelled (e.g. a "cancel" interruption). Already removed from the outer stack
        // (cancelParents): report Cancelled. Otherwise end the component; when it was the only entry of its
        // stack (nothing here resumes), report Cancelled rather than Complete.
        if (!outerDc.Stack.Contains(instance))
        {
            return inner;
        }

        var onlyEntry = outerDc.Stack.Count == 1;
        var ended = await EndComponentAsync(outerDc, inner.Result, cancellationToken).ConfigureAwait(false);
        return onlyEntry && ended.Status == DialogTurnStatus.Complete ? inner : ended;
    }

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance)
    {
        if (instance.State.TryGetValue(PersistedDialogState, out var raw) && raw is DialogState state)
        {
            return state;
        }

        state = DialogValueExtensions.ConvertTo<DialogState>(raw) ?? new DialogState();
        instance.State[PersistedDialogState] = state;
        return state;
    }
}
