using System.Diagnostics;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// Names of the background jobs' telemetry: the <see cref="ActivitySource"/> of the <c>job {name}</c> spans, the meter
/// of the queue gauges, the job parameters that carry the trace context, and the span attributes.
/// </summary>
public static class JobTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> of the job spans and the meter of the queue gauges.</summary>
    public const string SourceName = "Khulnasoft.Bot.Jobs";

    /// <summary>Job parameter holding the W3C <c>traceparent</c> of the span that created the job.</summary>
    public const string TraceParentParameter = "traceparent";

    /// <summary>Job parameter holding the W3C <c>tracestate</c> (only when the creating span had one).</summary>
    public const string TraceStateParameter = "tracestate";

    public const string JobIdAttribute = "hangfire.job.id";
    public const string JobTypeAttribute = "hangfire.job.type";
    public const string JobMethodAttribute = "hangfire.job.method";
    public const string RetryCountAttribute = "hangfire.job.retry_count";
    public const string QueueAttribute = "hangfire.queue";
    public const string StateAttribute = "hangfire.state";

    internal static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The span name of a job: <c>job {type}.{method}</c>, e.g. <c>job DeletionJob.RunAsync</c>.</summary>
    public static string SpanName(Hangfire.Common.Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return $"job {job.Type.Name}.{job.Method.Name}";
    }
}
