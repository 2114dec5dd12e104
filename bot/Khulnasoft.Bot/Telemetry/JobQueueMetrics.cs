using System.Diagnostics.Metrics;
using Hangfire;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// Observable gauges of the job storage (meter <see cref="JobTelemetry.SourceName"/>), read when the exporter
/// collects: the length of each queue, and the jobs scheduled, processing and failed. Singleton; created with the
/// meter provider, so nothing polls the storage while telemetry is off.
/// </summary>
public sealed class JobQueueMetrics
{
    public const string QueueLength = "khulnasoft.jobs.queue.length";
    public const string Jobs = "khulnasoft.jobs.count";

    public JobQueueMetrics(JobStorage storage, IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(JobTelemetry.SourceName);
        meter.CreateObservableGauge(QueueLength, () => QueueLengths(storage), unit: "{job}", description: "Jobs waiting in each Hangfire queue");
        meter.CreateObservableGauge(Jobs, () => Counts(storage), unit: "{job}", description: "Hangfire jobs scheduled (waiting for their time), processing and failed");
    }

    private static IEnumerable<Measurement<long>> QueueLengths(JobStorage storage) =>
        storage.GetMonitoringApi().Queues()
            .Select(q => new Measurement<long>(q.Length, new KeyValuePair<string, object?>(JobTelemetry.QueueAttribute, q.Name)))
            .ToList();

    private static IEnumerable<Measurement<long>> Counts(JobStorage storage)
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return
        [
            new(statistics.Scheduled, new KeyValuePair<string, object?>(JobTelemetry.StateAttribute, "scheduled")),
            new(statistics.Processing, new KeyValuePair<string, object?>(JobTelemetry.StateAttribute, "processing")),
            new(statistics.Failed, new KeyValuePair<string, object?>(JobTelemetry.StateAttribute, "failed")),
        ];
    }
}
