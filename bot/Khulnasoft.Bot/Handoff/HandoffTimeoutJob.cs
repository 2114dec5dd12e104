using Hangfire;
using Khulnasoft.Bot.BackgroundJobs;
using Khulnasoft.Bot.Runtime.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The accept timeout of one offer round (scheduled <c>Support:AcceptTimeout</c> after the offer). A handoff still
/// queued in that round ends; the user is told once and the email follow-up is requested. Hangfire runs a job at
/// least once: the record's state and <see cref="HandoffRecord.TimeoutNoticeSent"/> make a rerun a no-op.
/// </summary>
public sealed class HandoffTimeoutJob(
    HandoffStore store,
    AgentDirectory directory,
    ProactiveSender notifier,
    HandoffAudit audit,
    IBackgroundJobClient jobs,
    IOptions<SupportOptions> options,
    TimeProvider clock,
    ILogger<HandoffTimeoutJob> logger)
{
    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(string handoffId, int round, CancellationToken cancellationToken)
    {
        var result = await store.UpdateAsync(handoffId, r =>
        {
            if (r.State != HandoffState.Queued || r.Round != round || !r.Close(HandoffEnding.TimedOut, clock.GetUtcNow()))
            {
                return false;
            }

            r.TimeoutJobId = null;
            r.FollowUpRequested = r.UserId is not null;
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (result is not ({ State: HandoffState.Closed, Ending: HandoffEnding.TimedOut } record, var changed) || record.Round != round || record.TimeoutNoticeSent)
        {
            return;
        }

        if (changed)
        {
            await store.UnlinkAsync(handoffId, [record.User], cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(record, HandoffAudit.SystemActor, HandoffAudit.TimedOut, cancellationToken).ConfigureAwait(false);
            HandoffLog.Ended(logger, handoffId, HandoffEnding.TimedOut);
        }

        if (record.User is { } user)
        {
            var email = record.FollowUpRequested ? await directory.FindUserEmailAsync(record.UserId, cancellationToken).ConfigureAwait(false) : null;
            await notifier.SendAsync(user, HandoffMessages.ForUser(record, () => HandoffMessages.TimedOut(email, options.Value.FollowUpAddress)), cancellationToken).ConfigureAwait(false);
        }

        var noticed = await store.UpdateAsync(handoffId, r =>
        {
            if (r.TimeoutNoticeSent)
            {
                return false;
            }

            r.TimeoutNoticeSent = true;
            if (!r.FollowUpRequested)
            {
                r.EraseUser();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (noticed is ({ FollowUpRequested: true }, true))
        {
            jobs.Enqueue<HandoffFollowUpJob>(job => job.RunAsync(handoffId, CancellationToken.None));
        }
    }
}
