using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// A dialog stack in use during one turn: begin, continue, end, replace, cancel and reprompt, with the SDK's
/// semantics (protocol doc §7.3). Index 0 of <see cref="Stack"/> is the active dialog.
/// </summary>
public class DialogContext
{
    /// <summary>Turn-state key of the last completed dialog's result.</summary>
    public const string LastResultKey = "turn.lastresult";

    private const string ActivityReceivedEmittedKey = "turn.activityReceivedEmitted";

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
    }

    /// <summary>An inner context whose parent is <paramref name="parentDialogContext"/> (used by containers).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext?.Context!, state) => Parent = parentDialogContext;

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; index 0 is the top.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the container this context belongs to, or null at the root.</summary>
    public DialogContext? Parent { get; protected init; }

    /// <summary>The top of the stack, or null when it is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when it is a container, or null.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } instance && FindDialog(instance.Id) is DialogContainer container ? container.CreateChildContext(this) : null;

    /// <summary>Pushes <paramref name="dialogId"/> and begins it. An unknown id throws.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync(): a dialog with an id of '{dialogId}' wasn't found.");
        Stack.Insert(0, new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt: the same as <see cref="BeginDialogAsync"/> with <see cref="PromptOptions"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Continues the active dialog with the turn's activity; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (!Context.TurnState.ContainsKey(ActivityReceivedEmittedKey))
        {
            Context.TurnState[ActivityReceivedEmittedKey] = true;
            await EmitEventAsync(DialogEvents.ActivityReceived, Context.Activity, true, true, cancellationToken).ConfigureAwait(false);
        }

        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"DialogContext.ContinueDialogAsync(): Can't continue dialog. A dialog with an id of '{instance.Id}' wasn't found.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog with <paramref name="result"/> and resumes its parent entry, if any.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            var dialog = FindDialog(parent.Id)
                ?? throw new InvalidOperationException($"DialogContext.EndDialogAsync(): Can't resume previous dialog. A dialog with an id of '{parent.Id}' wasn't found.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result) { ParentEnded = true };
    }

    /// <summary>Ends the active dialog without resuming its parent, then begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, null, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack (top first, none resumed): <see cref="DialogTurnStatus.Cancelled"/>, or Empty when there were none.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(false, null, null, cancellationToken);

    /// <summary>
    /// Cancels this stack and, with <paramref name="cancelParents"/>, the parent contexts' stacks too; from the second
    /// level on a <c>cancelDialog</c> event (or <paramref name="eventName"/>) is emitted first, and a handler can stop it.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, string? eventName = null, object? eventValue = null, CancellationToken cancellationToken = default)
    {
        eventName ??= DialogEvents.CancelDialog;
        if (Stack.Count == 0 && Parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dc = this;
        var notify = false;
        while (dc is not null)
        {
            if (dc.Stack.Count > 0)
            {
                if (notify && await dc.EmitEventAsync(eventName, eventValue, false, false, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                while (dc.Stack.Count > 0)
                {
                    await dc.EndActiveDialogAsync(DialogReason.CancelCalled, null, cancellationToken).ConfigureAwait(false);
                }
            }

            notify = true;
            dc = cancelParents ? dc.Parent : null;
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to re-send its prompt (after a <c>repromptDialog</c> event nobody handled).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (await EmitEventAsync(DialogEvents.RepromptDialog, null, false, false, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"DialogContext.RepromptDialogAsync(): Can't find a dialog with an id of '{instance.Id}'.");
        await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The dialog with <paramref name="dialogId"/> in this set, else in the parent context's.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>
    /// Emits an event to the active dialog (from the innermost context with <paramref name="fromLeaf"/>); returns
    /// true when a dialog handled it.
    /// </summary>
    public async Task<bool> EmitEventAsync(string name, object? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var dialogEvent = new DialogEvent(name, value, bubble);
        var dc = this;
        if (fromLeaf)
        {
            while (dc.Child is { } child)
            {
                dc = child;
            }
        }

        if (dc.ActiveDialog is { } instance && dc.FindDialog(instance.Id) is { } dialog)
        {
            return await dialog.OnDialogEventAsync(dc, dialogEvent, cancellationToken).ConfigureAwait(false);
        }

        return bubble && dc.Parent is not null
            && await dc.Parent.EmitEventAsync(name, value, true, false, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
        if (reason == DialogReason.EndCalled)
        {
            if (result is null)
            {
                Context.TurnState.Remove(LastResultKey);
            }
            else
            {
                Context.TurnState[LastResultKey] = result;
            }
        }
    }
}
