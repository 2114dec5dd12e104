using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// What happens after a decision (and on the reminder and expiry dates): the case takes the decision, every posted
/// approval card is replaced by the decided card, and the requester is told — in their conversation, or by email
/// when that fails. Every step is marked on the request, so a rerun only does what is still left; when something
/// failed the method throws and Hangfire retries.
/// </summary>
public sealed partial class ApprovalFollowUp(
    ApprovalStore store,
    DeletionScheduler scheduler,
    ApprovalMessenger messenger,
    ApprovalAudit audit,
    ApprovalJobQueue queue,
    IOptions<ApprovalsOptions> options,
    TimeProvider clock,
    ILogger<ApprovalFollowUp> logger)
{
    /// <summary>Runs the follow-up of a decided request (a no-op while it is pending).</summary>
    public async Task FinishAsync(string caseId, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is not { IsDecided: true })
        {
            return;
        }

        if (record.State != ApprovalState.Expired)
        {
            // Decided before the dates: the reminder and the expiry have nothing left to do.
            queue.Delete(record.ReminderJobId);
            queue.Delete(record.ExpiryJobId);
        }

        await FinishCoreAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Schedules the deletion of a request that was just decided, after <c>Approvals:KeepDecidedFor</c>.</summary>
    public string ScheduleForget(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return queue.ScheduleForget(record.CaseId, (record.DecidedAt ?? clock.GetUtcNow()) + options.Value.KeepDecidedFor);
    }

    /// <summary>Deletes a decided request whose retention is over (names, emails, the requester's conversation).</summary>
    public async Task ForgetAsync(string caseId, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is not { IsDecided: true })
        {
            return;
        }

        var due = (record.DecidedAt ?? record.RequestedAt) + options.Value.KeepDecidedFor;
        if (clock.GetUtcNow() < due)
        {
            queue.ScheduleForget(caseId, due);
            return;
        }

        if (await store.DeleteAsync(caseId, cancellationToken).ConfigureAwait(false))
        {
            await audit.RecordAsync(caseId, ApprovalActors.Job, ApprovalAudit.Forgotten, new Dictionary<string, string> { ["requestId"] = record.RequestId }, cancellationToken)
                .ConfigureAwait(false);
            LogForgotten(logger, caseId);
        }
    }

    /// <summary>Makes the case take the request's decision, unless the case has moved on (cancelled, closed).</summary>
    public async Task ApplyToCaseAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var current = await scheduler.GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false);
        if (current is not { State: DeletionCaseState.AwaitingApproval })
        {
            return;
        }

        var actor = record.DecidedByUserId is { } userId ? ApprovalActors.User(userId) : ApprovalActors.Job;
        try
        {
            switch (record.State)
            {
                case ApprovalState.Approved:
                    await scheduler.ApproveAsync(record.CaseId, actor, [.. record.Approvals.Select(v => v.Name)], cancellationToken).ConfigureAwait(false);
                    break;
                case ApprovalState.Rejected:
                    await scheduler.RejectAsync(record.CaseId, actor, record.Reason ?? string.Empty, cancellationToken).ConfigureAwait(false);
                    break;
                case ApprovalState.Expired:
                    await scheduler.ExpireAsync(record.CaseId, ApprovalActors.Job, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (InvalidDeletionTransitionException)
        {
            // The case moved on between the read and the write (the user cancelled): the decision has nothing to apply to.
            LogCaseMovedOn(logger, record.CaseId);
        }
    }

    /// <summary>Reminds the approvers who have not decided yet (once).</summary>
    public async Task RemindAsync(string caseId, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.IsDecided)
        {
            return;
        }

        ApprovalTexts.UseLanguageOf(record);
        var voted = record.Approvals.Select(v => v.UserId).ToHashSet(StringComparer.Ordinal);
        var reminded = new List<string>();
        var failed = 0;
        foreach (var approver in record.Approvers.Where(a => !a.Reminded && a.Channel != ApproverChannel.Unreachable && !voted.Contains(a.UserId)))
        {
            if (await messenger.RemindAsync(record, approver, cancellationToken).ConfigureAwait(false))
            {
                reminded.Add(approver.UserId);
            }
            else
            {
                failed++;
            }
        }

        if (reminded.Count > 0)
        {
            await store.UpdateAsync(caseId, r =>
            {
                r.Approvers = [.. r.Approvers.Select(a => reminded.Contains(a.UserId) ? a with { Reminded = true } : a)];
                return true;
            }, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(caseId, ApprovalActors.Job, ApprovalAudit.Reminded, Count("approvers", reminded.Count), cancellationToken).ConfigureAwait(false);
            LogReminded(logger, caseId, reminded.Count);
        }

        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} approval reminder(s) for case {caseId} could not be sent; the job is retried.");
        }
    }

    /// <summary>Expires the request if nobody decided by its expiry date, then runs the follow-up.</summary>
    public async Task ExpireAsync(string caseId, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return;
        }

        if (!record.IsDecided)
        {
            var now = clock.GetUtcNow();
            if (now < record.ExpiresAt)
            {
                // Run early (a clock step, an operator's "trigger now"): come back when it is due.
                var jobId = queue.ScheduleExpiry(caseId, record.ExpiresAt);
                await store.UpdateAsync(caseId, r => { r.ExpiryJobId = jobId; return true; }, cancellationToken).ConfigureAwait(false);
                return;
            }

            var (expired, changed) = await store.UpdateAsync(caseId, r =>
            {
                if (r.IsDecided)
                {
                    return false;
                }

                r.State = ApprovalState.Expired;
                r.DecidedAt = now;
                return true;
            }, cancellationToken).ConfigureAwait(false);
            if (expired is null)
            {
                return;
            }

            if (changed)
            {
                ScheduleForget(expired);
                await audit.RecordAsync(caseId, ApprovalActors.Job, ApprovalAudit.Expired, new Dictionary<string, string> { ["requestId"] = expired.RequestId }, cancellationToken)
                    .ConfigureAwait(false);
                LogExpired(logger, caseId);
            }

            record = expired;
        }

        // Also the safety net of a decision whose follow-up job was lost: finishing again is harmless.
        await FinishCoreAsync(record, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishCoreAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        await ApplyToCaseAsync(record, cancellationToken).ConfigureAwait(false);
        var cardsFailed = await UpdateCardsAsync(record, cancellationToken).ConfigureAwait(false);
        var notified = await NotifyRequesterAsync(record, cancellationToken).ConfigureAwait(false);
        if (cardsFailed > 0 || !notified)
        {
            throw new InvalidOperationException(
                $"The follow-up of approval case {record.CaseId} is incomplete ({cardsFailed} card update(s) failed, requester notified: {notified}); the job is retried.");
        }
    }

    private async Task<int> UpdateCardsAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        var pending = record.Cards.Where(c => !c.ShowsOutcome).ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        ApprovalTexts.UseLanguageOf(record);
        var card = ApprovalCards.Base(record, CardHost.Teams);
        var text = ApprovalTexts.DecidedSummary(record);
        var done = new List<CardDelivery>();
        var updated = 0;
        var failed = 0;
        foreach (var delivery in pending)
        {
            if (!string.Equals(delivery.ChannelId, Channels.Msteams, StringComparison.Ordinal))
            {
                // Direct Line cannot update a message (405): the approver is told the decision if they click.
                done.Add(delivery);
            }
            else if (await messenger.UpdateCardAsync(delivery, card, text, cancellationToken).ConfigureAwait(false))
            {
                done.Add(delivery);
                updated++;
            }
            else
            {
                failed++;
            }
        }

        if (done.Count > 0)
        {
            await store.UpdateAsync(record.CaseId, r =>
            {
                r.Cards = [.. r.Cards.Select(c => done.Any(d => d.ConversationId == c.ConversationId && d.ActivityId == c.ActivityId) ? c with { ShowsOutcome = true } : c)];
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }

        if (updated > 0)
        {
            await audit.RecordAsync(record.CaseId, ApprovalActors.Job, ApprovalAudit.CardsUpdated, Count("cards", updated), cancellationToken).ConfigureAwait(false);
        }

        return failed;
    }

    private async Task<bool> NotifyRequesterAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        if (record.RequesterNotices.Count > 0)
        {
            return true;
        }

        // The requester is told in the language they asked in (the decision came from someone else's turn or a job).
        if (await scheduler.GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false) is { } deletionCase)
        {
            DeletionMessages.UseLanguageOf(deletionCase);
        }

        var notice = ApprovalTexts.RequesterNotice(record, record.ExpiresAt - record.RequestedAt);
        if (await messenger.NotifyRequesterAsync(record, notice, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return false;
        }

        await store.UpdateAsync(record.CaseId, r =>
        {
            if (r.RequesterNotices.Contains(channel))
            {
                return false;
            }

            r.RequesterNotices = [.. r.RequesterNotices, channel];
            return true;
        }, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(record.CaseId, ApprovalActors.Job, ApprovalAudit.RequesterNotified, new Dictionary<string, string> { ["channel"] = channel, ["outcome"] = record.State.ToString() }, cancellationToken)
            .ConfigureAwait(false);
        LogRequesterNotified(logger, record.CaseId, channel);
        return true;
    }

    private static Dictionary<string, string> Count(string name, int count) =>
        new() { [name] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [LoggerMessage(EventId = 6531, Level = LogLevel.Information, Message = "Approval case {CaseId}: the case had moved on; the decision was not applied")]
    private static partial void LogCaseMovedOn(ILogger logger, string caseId);

    [LoggerMessage(EventId = 6532, Level = LogLevel.Information, Message = "Approval case {CaseId}: {Count} approver(s) reminded")]
    private static partial void LogReminded(ILogger logger, string caseId, int count);

    [LoggerMessage(EventId = 6533, Level = LogLevel.Information, Message = "Approval case {CaseId}: the request expired unanswered")]
    private static partial void LogExpired(ILogger logger, string caseId);

    [LoggerMessage(EventId = 6534, Level = LogLevel.Information, Message = "Approval case {CaseId}: requester told the decision by {Channel}")]
    private static partial void LogRequesterNotified(ILogger logger, string caseId, string channel);

    [LoggerMessage(EventId = 6536, Level = LogLevel.Information, Message = "Approval case {CaseId}: the decided request was deleted after its retention")]
    private static partial void LogForgotten(ILogger logger, string caseId);
}
