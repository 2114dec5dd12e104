using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// The base of every dialog, with the SDK's defaults: continue ends the dialog, resume ends it with the child's
/// result, reprompt and end do nothing (protocol doc §7.3).
/// </summary>
public abstract class Dialog
{
    /// <summary>The result that means "wait for the user's next message".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        Id = dialogId;
    }

    /// <summary>The id, unique within a <see cref="DialogSet"/> (the set renames duplicates to <c>id2</c>, <c>id3</c>, …).</summary>
    public string Id { get; set; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Dialogs this one needs in the same set (added with it).</summary>
    public virtual IEnumerable<Dialog> GetDependencies() => [];

    /// <summary>
    /// Handles an event: <see cref="OnPreBubbleEventAsync"/>, then the parent context (when the event bubbles),
    /// then <see cref="OnPostBubbleEventAsync"/>. Returns true when handled.
    /// </summary>
    public virtual async Task<bool> OnDialogEventAsync(DialogContext dc, DialogEvent dialogEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(dialogEvent);
        var handled = await OnPreBubbleEventAsync(dc, dialogEvent, cancellationToken).ConfigureAwait(false);
        if (!handled && dialogEvent.Bubble && dc.Parent is not null)
        {
            handled = await dc.Parent.EmitEventAsync(dialogEvent.Name, dialogEvent.Value, true, false, cancellationToken).ConfigureAwait(false);
        }

        if (!handled)
        {
            handled = await OnPostBubbleEventAsync(dc, dialogEvent, cancellationToken).ConfigureAwait(false);
        }

        return handled;
    }

    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent dialogEvent, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    protected virtual Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent dialogEvent, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
