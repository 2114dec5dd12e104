using System.Diagnostics;
using Hangfire.Client;

namespace Khulnasoft.Bot.Telemetry;

/// <summary>
/// Stores the trace context of the code that creates a job (a turn that confirmed a deletion, a job that schedules the
/// next one) with the job, as the parameters <see cref="JobTelemetry.TraceParentParameter"/> and
/// <see cref="JobTelemetry.TraceStateParameter"/>; <see cref="JobTraceServerFilter"/> makes it the parent of the job's
/// span, however much later and on whichever server the job runs. Nothing is stored when there is no current span.
/// </summary>
public sealed class JobTraceClientFilter : IClientFilter
{
    public void OnCreating(CreatingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C, Id: { } traceParent } current)
        {
            return;
        }

        context.SetJobParameter(JobTelemetry.TraceParentParameter, traceParent);
        if (!string.IsNullOrEmpty(current.TraceStateString))
        {
            context.SetJobParameter(JobTelemetry.TraceStateParameter, current.TraceStateString);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }
}
