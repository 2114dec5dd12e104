using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>Running a root dialog once per turn (protocol doc §7.4).</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog on the stack in <paramref name="accessor"/>, or begins <paramref name="dialog"/>
    /// when the stack is empty. An exception is offered to the dialogs as the <c>error</c> event (from the leaf) and
    /// rethrown if nobody handles it. State is saved by <see cref="AutoSaveStateMiddleware"/> or by the caller.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var set = new DialogSet(accessor);
        set.Add(dialog);
        var dc = await set.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var handled = await dc.EmitEventAsync(DialogEvents.Error, ex, true, true, cancellationToken).ConfigureAwait(false);
            if (!handled)
            {
                throw;
            }

            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
    }
}
