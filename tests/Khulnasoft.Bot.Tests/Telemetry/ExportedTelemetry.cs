using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Khulnasoft.Bot.Tests.Telemetry;

/// <summary>
/// What a host exported through OpenTelemetry's in-memory exporters: spans, log records and metric snapshots. Add
/// <see cref="ConfigureServices"/> to a host's services; it adds the exporters to the pipeline the host's
/// <c>AddTelemetry()</c> configured (sources, instrumentation), as an OTLP exporter would be. ActivitySource and meter
/// listeners are process-wide, so spans and metrics of other hosts running in the same test process can appear too;
/// log records come from this host only.
/// </summary>
public sealed class ExportedTelemetry
{
    public LockedCollection<Activity> Spans { get; } = new();

    public LockedCollection<LogRecord> Logs { get; } = new();

    public LockedCollection<MetricSnapshot> Metrics { get; } = new();

    public void ConfigureServices(IServiceCollection services)
    {
        // Redis spans are made from profiling sessions drained every FlushInterval (10 s by default).
        services.Configure<StackExchangeRedisInstrumentationOptions>(o => o.FlushInterval = TimeSpan.FromMilliseconds(200));
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))
            .WithLogging(configureBuilder: null, configureOptions: options => options.AddInMemoryExporter(Logs));
    }

    /// <summary>Exports everything the host's providers still hold (spans are exported as they end; metrics on flush).</summary>
    public static void Flush(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        services.GetRequiredService<LoggerProvider>().ForceFlush();
    }

    /// <summary>The spans of one trace.</summary>
    public IReadOnlyList<Activity> Trace(ActivityTraceId traceId) => [.. Spans.Snapshot().Where(s => s.TraceId == traceId)];

    /// <summary>
    /// Every string exported, with where it was found: span names, attribute values, status descriptions, event names
    /// and attributes, log messages, bodies, attributes and exceptions.
    /// </summary>
    public IEnumerable<(string Where, string Text)> AllText()
    {
        foreach (var span in Spans.Snapshot())
        {
            yield return ($"span {span.DisplayName}", span.DisplayName);
            if (span.StatusDescription is { } status)
            {
                yield return ($"span {span.DisplayName} status", status);
            }

            foreach (var (key, value) in span.TagObjects)
            {
                yield return ($"span {span.DisplayName} attribute {key}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            foreach (var spanEvent in span.Events)
            {
                yield return ($"span {span.DisplayName} event", spanEvent.Name);
                foreach (var (key, value) in spanEvent.Tags)
                {
                    yield return ($"span {span.DisplayName} event {spanEvent.Name} attribute {key}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        foreach (var log in Logs.Snapshot())
        {
            var where = $"log {log.CategoryName} {log.EventId}";
            yield return (where, log.FormattedMessage ?? "");
            yield return (where + " body", log.Body ?? "");
            foreach (var (key, value) in log.Attributes ?? [])
            {
                yield return ($"{where} attribute {key}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            if (log.Exception is { } exception)
            {
                yield return (where + " exception", exception.ToString());
            }
        }
    }
}
