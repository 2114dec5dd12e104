using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>A collection of dialogs by id, and the accessor of the stack they run on.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>A set whose stack lives in <paramref name="dialogState"/> (null for the inner set of a container).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null) => _dialogState = dialogState;

    /// <summary>
    /// Adds a dialog and its dependencies. The same instance twice is ignored; a different dialog with a taken id is
    /// renamed to <c>id2</c>, <c>id3</c>, … (its <see cref="Dialog.Id"/> changes).
    /// </summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            var suffix = 2;
            while (_dialogs.ContainsKey(dialog.Id + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            dialog.Id += suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _dialogs[dialog.Id] = dialog;
        foreach (var dependency in dialog.GetDependencies())
        {
            Add(dependency);
        }

        return this;
    }

    /// <summary>Loads the stack (an empty one by default) and returns a context over it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync needs the DialogState accessor given to the constructor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false)
            ?? new DialogState();
        var context = new DialogContext(this, turnContext, state);
        Diagnostics.TurnScope.Of(turnContext)?.TrackDialogs(context);
        return context;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;
}
