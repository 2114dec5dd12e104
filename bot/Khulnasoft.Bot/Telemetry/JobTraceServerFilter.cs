using System.Diagnostics;
using Hangfire.Server;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// Runs each job inside a <c>job {type}.{method}</c> span (kind consumer) whose parent is the trace context
/// <see cref="JobTraceClientFilter"/> stored with the job, so the job, its API calls and the messages it sends are part
/// of the trace of the turn (or job) that created it. A retried job is a new span in the same trace. Hangfire calls
/// <see cref="OnPerforming"/> and <see cref="OnPerformed"/> on the worker's thread around the job, so the span is the
/// current one while the job runs.
/// </summary>
public sealed class JobTraceServerFilter : IServerFilter
{
    private const string SpanItem = "Khulnasoft.Bot.Telemetry.JobSpan";

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (jobId, job) = JobOf(context);
        ActivityContext.TryParse(
            context.GetJobParameter<string>(JobTelemetry.TraceParentParameter, allowStale: true),
            context.GetJobParameter<string>(JobTelemetry.TraceStateParameter, allowStale: true),
            isRemote: true,
            out var parent);
        var span = JobTelemetry.Source.StartActivity(JobTelemetry.SpanName(job), ActivityKind.Consumer, parent);
        if (span is null)
        {
            return;
        }

        if (span.IsAllDataRequested)
        {
            span.SetTag("messaging.system", "hangfire");
            span.SetTag(JobTelemetry.JobIdAttribute, jobId);
            span.SetTag(JobTelemetry.JobTypeAttribute, job.Type.FullName);
            span.SetTag(JobTelemetry.JobMethodAttribute, job.Method.Name);
            span.SetTag(JobTelemetry.RetryCountAttribute, context.GetJobParameter<int>("RetryCount", allowStale: true));
            if (job.Queue is { } queue)
            {
                span.SetTag(JobTelemetry.QueueAttribute, queue);
            }
        }

        context.Items[SpanItem] = span;
    }

    // RS0030 bans the static facade Hangfire.BackgroundJob; here it is the type of the running job's data, not a call.
#pragma warning disable RS0030
    private static (string Id, Hangfire.Common.Job Job) JobOf(PerformContext context) => (context.BackgroundJob.Id, context.BackgroundJob.Job);
#pragma warning restore RS0030

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Items.Remove(SpanItem, out var item) || item is not Activity span)
        {
            return;
        }

        if (context.Exception is { } exception && !context.ExceptionHandled)
        {
            // The type only: an exception's message may quote what the job was working on.
            var failure = exception is Hangfire.Server.JobPerformanceException { InnerException: { } inner } ? inner : exception;
            span.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
            span.SetTag("error.type", failure.GetType().FullName);
        }

        span.Dispose();
    }
}
