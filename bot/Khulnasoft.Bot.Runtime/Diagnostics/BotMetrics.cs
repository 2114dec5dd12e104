using System.Diagnostics.Metrics;

namespace Khulnasoft.Bot.Runtime.Diagnostics;

/// <summary>
/// The runtime's instruments (meter <see cref="BotTelemetry.SourceName"/>): turn duration and turns in flight by
/// channel, storage outages answered with 503, Connector retries. Singleton.
/// </summary>
public sealed class BotMetrics
{
    public const string TurnDuration = "bot.turn.duration";
    public const string TurnsActive = "bot.turn.active";
    public const string StorageUnavailable = "bot.storage.unavailable";
    public const string ConnectorRetries = "bot.connector.retries";
    public const string DialogStepsEntered = "bot.dialog.step.entered";

    private readonly Histogram<double> _turnDuration;
    private readonly UpDownCounter<long> _turnsActive;
    private readonly Counter<long> _storageUnavailable;
    private readonly Counter<long> _connectorRetries;
    private readonly Counter<long> _stepsEntered;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(BotTelemetry.SourceName);
        _turnDuration = meter.CreateHistogram(TurnDuration, unit: "s", description: "Duration of a turn, from the authenticated activity to the answer",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _turnsActive = meter.CreateUpDownCounter<long>(TurnsActive, unit: "{turn}", description: "Turns running now");
        _storageUnavailable = meter.CreateCounter<long>(StorageUnavailable, unit: "{response}", description: "Requests answered 503 because the bot's storage was unavailable");
        _stepsEntered = meter.CreateCounter<long>(DialogStepsEntered, unit: "{turn}", description: "Turns that left a conversation in a dialog step other than the one it started in (the conversation funnel)");
        _connectorRetries = meter.CreateCounter<long>(ConnectorRetries, unit: "{retry}", description: "Connector calls retried after a 408/429/5xx or a network failure");
    }

    internal void TurnStarted(string channel) => _turnsActive.Add(1, new KeyValuePair<string, object?>(BotTelemetry.ChannelAttribute, channel));

    internal void TurnEnded(string channel, string outcome, TimeSpan duration)
    {
        _turnsActive.Add(-1, new KeyValuePair<string, object?>(BotTelemetry.ChannelAttribute, channel));
        _turnDuration.Record(duration.TotalSeconds,
            new KeyValuePair<string, object?>(BotTelemetry.ChannelAttribute, channel),
            new KeyValuePair<string, object?>(BotTelemetry.OutcomeAttribute, outcome));
    }

    internal void DialogStepEntered(string channel, string step) => _stepsEntered.Add(1,
        new KeyValuePair<string, object?>(BotTelemetry.ChannelAttribute, channel),
        new KeyValuePair<string, object?>(BotTelemetry.DialogStepAttribute, step));

    /// <summary>A request answered 503 for a storage outage; <paramref name="endpoint"/> is <c>messages</c> or <c>directline</c>.</summary>
    public void StorageUnavailableAnswered(string endpoint) => _storageUnavailable.Add(1, new KeyValuePair<string, object?>("bot.endpoint", endpoint));

    /// <summary>A Connector call retried; <paramref name="reason"/> is the status code, or the exception's type.</summary>
    public void ConnectorRetried(string reason) => _connectorRetries.Add(1, new KeyValuePair<string, object?>("bot.retry.reason", reason));
}
