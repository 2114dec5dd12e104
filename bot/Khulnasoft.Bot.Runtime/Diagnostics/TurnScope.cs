using System.Diagnostics;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Diagnostics;

/// <summary>
/// The telemetry of one turn: its <see cref="BotTelemetry.TurnSpan"/> span (when anyone listens), its place in
/// <see cref="BotMetrics.TurnsActive"/> and its <see cref="BotMetrics.TurnDuration"/>. Kept in the turn state, so the
/// turn gate, the error handler and the dialogs can add to it; disposing it ends the turn's telemetry.
/// </summary>
public sealed class TurnScope : IDisposable
{
    /// <summary>Turn-state key of the turn's scope.</summary>
    public const string Key = "Khulnasoft.Bot.Runtime.TurnScope";

    private readonly BotMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private readonly string _channel;
    private DialogContext? _dialogs;
    private string? _stepBefore;
    private bool _disposed;

    private TurnScope(ITurnContext turnContext, BotMetrics? metrics, TimeProvider timeProvider, bool proactive)
    {
        _metrics = metrics;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        var activity = turnContext.Activity;
        _channel = string.IsNullOrEmpty(activity.ChannelId) ? "unknown" : activity.ChannelId;
        Activity = BotTelemetry.Source.StartActivity(BotTelemetry.TurnSpan, ActivityKind.Internal);
        if (Activity is { IsAllDataRequested: true } span)
        {
            span.SetTag(BotTelemetry.ChannelAttribute, _channel);
            span.SetTag(BotTelemetry.ActivityTypeAttribute, activity.Type);
            span.SetTag(BotTelemetry.ConversationHashAttribute, BotTelemetry.HashConversation(activity.ChannelId, activity.Conversation?.Id));
            span.SetTag(BotTelemetry.ProactiveAttribute, proactive);
        }

        _metrics?.TurnStarted(_channel);
    }

    /// <summary>The turn's span, or null when nobody listens.</summary>
    public Activity? Activity { get; }

    /// <summary>How the turn ended (<see cref="TurnOutcomes"/>); <see cref="TurnOutcomes.Ok"/> unless told otherwise.</summary>
    public string Outcome { get; private set; } = TurnOutcomes.Ok;

    /// <summary>Starts the telemetry of the turn of <paramref name="turnContext"/> and keeps it in its turn state.</summary>
    public static TurnScope Start(ITurnContext turnContext, BotMetrics? metrics, TimeProvider timeProvider, bool proactive)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var scope = new TurnScope(turnContext, metrics, timeProvider, proactive);
        turnContext.TurnState[Key] = scope;
        return scope;
    }

    /// <summary>The scope of the turn, or null (a turn started by an adapter without telemetry, e.g. in tests).</summary>
    public static TurnScope? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<TurnScope>(Key);
    }

    /// <summary>Records how the turn ended; the first outcome other than <see cref="TurnOutcomes.Ok"/> wins.</summary>
    public void SetOutcome(string outcome)
    {
        if (Outcome == TurnOutcomes.Ok)
        {
            Outcome = outcome;
        }
    }

    /// <summary>The turn threw <paramref name="exception"/>.</summary>
    public void Fail(Exception exception, string outcome = TurnOutcomes.Error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        SetOutcome(outcome);
        BotTelemetry.Fail(Activity, exception);
    }

    /// <summary>
    /// Remembers the turn's root dialog context: when the turn ends, the id of its innermost active dialog (the step
    /// the conversation waits in) becomes <see cref="BotTelemetry.DialogStepAttribute"/>, and a step other than the one
    /// the turn started in counts in <see cref="BotMetrics.DialogStepsEntered"/> (the conversation funnel).
    /// </summary>
    internal void TrackDialogs(DialogContext root)
    {
        if (_dialogs is null)
        {
            _stepBefore = ActiveStep(root);
        }

        _dialogs = root;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var step = Outcome == TurnOutcomes.Ok ? ActiveStep(_dialogs) : null;
        if (step is not null && !string.Equals(step, _stepBefore, StringComparison.Ordinal))
        {
            _metrics?.DialogStepEntered(_channel, step);
        }

        _metrics?.TurnEnded(_channel, Outcome, _timeProvider.GetElapsedTime(_started));
        if (Activity is { } span)
        {
            if (span.IsAllDataRequested)
            {
                span.SetTag(BotTelemetry.OutcomeAttribute, Outcome);
                if (step is not null)
                {
                    span.SetTag(BotTelemetry.DialogStepAttribute, step);
                }
            }

            span.Dispose();
        }
    }

    private static string? ActiveStep(DialogContext? root)
    {
        string? step = null;
        for (var dc = root; dc?.ActiveDialog is { } active; dc = dc.Child)
        {
            step = active.Id;
        }

        return step;
    }
}
