using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Raises a support notification for a case that failed after its bounded retries. Today the alert is an error
/// log with a stable event id (3041) for the alerting pipeline, plus the <c>khulnasoft.deletion.failed</c> metric.
/// </summary>
public sealed partial class SupportAlertJob(DeletionCaseStore store, ILogger<SupportAlertJob> logger)
{
    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public async Task RaiseAsync(string caseId, string phase, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        await store.UpdateAsync(caseId, "job:support", c => new CaseChange("support.alerted", new Dictionary<string, string> { ["phase"] = phase }), cancellationToken).ConfigureAwait(false);
        LogAlert(logger, caseId, phase, current?.State);
    }

    [LoggerMessage(EventId = 3041, Level = LogLevel.Error, Message = "SUPPORT: deletion case {CaseId} failed in phase {Phase} (state {State}); a person must finish it")]
    private static partial void LogAlert(ILogger logger, string caseId, string phase, DeletionCaseState? state);
}
