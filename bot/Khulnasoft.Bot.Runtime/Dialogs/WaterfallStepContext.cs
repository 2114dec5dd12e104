namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// What a waterfall step sees: its <see cref="Index"/>, the begin <see cref="Options"/>, the previous step's
/// <see cref="Result"/>, the persisted <see cref="Values"/> bag, and a <see cref="DialogContext"/> over the same stack.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parentWaterfall, DialogContext dc, object? options, Dictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _parentWaterfall = parentWaterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>The options the waterfall was begun with (after a reload: plain values; see <see cref="GetOptions{T}"/>).</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>
    /// The previous step's output: a prompt's or child's result, the <see cref="NextAsync"/> argument, or the user's
    /// text when the previous step returned <see cref="Dialog.EndOfTurn"/> (the card submit's <c>value</c> when it has no text).
    /// </summary>
    public object? Result { get; }

    /// <summary>Values kept for the life of this waterfall instance; persisted with the dialog stack.</summary>
    public Dictionary<string, object?> Values { get; }

    /// <summary>The begin options as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => DialogValueExtensions.ConvertTo<T>(Options);

    /// <summary>The previous step's result as <typeparamref name="T"/>.</summary>
    public T? GetResult<T>() => DialogValueExtensions.ConvertTo<T>(Result);

    /// <summary>Goes straight to the next step with <paramref name="result"/>; a second call throws.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): method already called for dialog and step '{_parentWaterfall.Id}[{Index}]'.");
        }

        _nextCalled = true;
        return _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
