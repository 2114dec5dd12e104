using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// The approval jobs. Each re-reads the request and does only what is still due, so running one twice (a retry, a
/// second instance, the watchdog) changes nothing the first run did.
/// </summary>
public sealed class ApprovalJobs(ApprovalFollowUp followUp)
{
    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public Task FollowUpAsync(string caseId, CancellationToken cancellationToken) => followUp.FinishAsync(caseId, cancellationToken);

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public Task RemindAsync(string caseId, CancellationToken cancellationToken) => followUp.RemindAsync(caseId, cancellationToken);

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public Task ExpireAsync(string caseId, CancellationToken cancellationToken) => followUp.ExpireAsync(caseId, cancellationToken);

    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public Task ForgetAsync(string caseId, CancellationToken cancellationToken) => followUp.ForgetAsync(caseId, cancellationToken);
}
