using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// A sequence of steps run one per turn or straight through (protocol doc §7.5). State:
/// <c>{"options", "values", "instanceId", "stepIndex"}</c>. Only message activities advance it.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string PersistedOptions = "options";
    internal const string PersistedValues = "values";
    internal const string PersistedInstanceId = "instanceId";
    internal const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId) => _steps = steps is null ? [] : [.. steps];

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Instance(dc).State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>(StringComparer.Ordinal);
        state[PersistedInstanceId] = NewInstanceId();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message))
        {
            return Task.FromResult(EndOfTurn);
        }

        // The SDK passes Activity.Text; a card submit has no text, so its value is passed instead.
        object? result = activity.Text is null && activity.Value is not null ? activity.Value.DeepClone() : (object?)activity.Text;
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, result, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = Convert.ToInt32(Instance(dc).State[StepIndex], System.Globalization.CultureInfo.InvariantCulture);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to wrap steps (telemetry, logging).</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = Instance(dc).State;
        state[StepIndex] = index;
        var values = state.TryGetValue(PersistedValues, out var raw) && raw is Dictionary<string, object?> bag
            ? bag
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        state[PersistedValues] = values;
        var stepContext = new WaterfallStepContext(this, dc, state.GetValueOrDefault(PersistedOptions), values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private static DialogInstance Instance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the stack.");

    /// <summary>
    /// A waterfall run's id (the SDK's format, a GUID string; it only tells runs apart in logs and telemetry, it is no
    /// secret): 128 bits from the thread-local generator of <see cref="System.Diagnostics.ActivityTraceId"/>, since
    /// <see cref="Guid.NewGuid"/> costs a system call each.
    /// </summary>
    private static string NewInstanceId()
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Diagnostics.ActivityTraceId.CreateRandom().CopyTo(bytes);
        return new Guid(bytes).ToString();
    }
}
