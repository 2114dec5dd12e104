using System.Globalization;
using Khulnasoft.Bot.Audit;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The deletion lifecycle's operations, for the conversation, the approvals flow and operators alike: request a
/// deletion for a verified user, approve, reject or expire it, undo it (<see cref="CancelAsync"/>), resume a blocked
/// case (<see cref="ResumeAsync"/>), retry a failed one (<see cref="RetryAsync"/>), and read cases and their history.
/// Every job a case gets is scheduled and recorded through <see cref="CaseJobs"/>.
/// </summary>
public sealed partial class DeletionScheduler(
    DeletionCaseStore store,
    CaseJobs jobs,
    EmailHasher emails,
    CaseMilestones milestones,
    IOptions<DeletionOptions> options,
    TimeProvider clock,
    ILogger<DeletionScheduler> logger)
{
    /// <summary>
    /// Opens a case and schedules the deletion at now + <c>Deletion:GracePeriod</c> (or parks it in
    /// <see cref="DeletionCaseState.AwaitingApproval"/>). If the user already has an active case, that case is
    /// returned unchanged: confirming twice never starts two deletions.
    /// </summary>
    public async Task<DeletionCase> RequestAsync(DeletionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UserId);
        if (await FindActiveAsync(request.UserId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            if (existing.State == DeletionCaseState.Approved && !request.RequiresApproval)
            {
                return await ScheduleApprovedAsync(existing.CaseId, request, cancellationToken).ConfigureAwait(false) ?? existing;
            }

            LogExistingCase(logger, existing.CaseId);
            return existing;
        }

        var now = clock.GetUtcNow();
        var deletionCase = new DeletionCase
        {
            CaseId = request.CaseId is { } chosen && DeletionCaseIds.IsWellFormed(chosen) ? chosen : DeletionCaseIds.New(),
            UserId = request.UserId,
            AccountIds = [.. request.AccountIds],
            CreatedAt = now,
            Conversation = request.Conversation,
            NotificationEmail = request.NotificationEmail,
            EmailHash = request.NotificationEmail is { } email ? emails.Hash(email) : null,
        };
        Record(deletionCase, request);
        if (request.RequiresApproval)
        {
            deletionCase.TransitionTo(DeletionCaseState.AwaitingApproval, now, request.Actor);
        }
        else
        {
            deletionCase.GraceUntil = now + options.Value.GracePeriod;
            deletionCase.TransitionTo(DeletionCaseState.Scheduled, now, request.Actor, "grace period started");
        }

        var stored = await store.CreateUnlessAsync(
            deletionCase,
            request.Actor,
            new CaseChange("case.requested", new Dictionary<string, string>
            {
                ["accounts"] = deletionCase.AccountIds.Count.ToString(CultureInfo.InvariantCulture),
                ["state"] = deletionCase.State.ToString(),
                ["graceUntil"] = deletionCase.GraceUntil?.ToString("O", CultureInfo.InvariantCulture) ?? "",
                ["legalTextVersion"] = deletionCase.LegalText?.Version ?? "",
            }),
            IsActive,
            cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(stored, deletionCase))
        {
            // Another request of this user won the race (a double click, a second instance): that case stands.
            LogExistingCase(logger, stored.CaseId);
            return stored;
        }

        LogRequested(logger, deletionCase.CaseId, deletionCase.State);

        return deletionCase.State == DeletionCaseState.Scheduled
            ? await ScheduleDeletionJobAsync(deletionCase, request.Actor, cancellationToken).ConfigureAwait(false)
            : deletionCase;
    }

    /// <summary>
    /// The approvers' yes (the approvals flow calls this once enough approvers agreed). The grace period does not
    /// start yet: the user finishes the checklist and confirms, and <see cref="RequestAsync"/> then schedules the
    /// approved case. Approving an approved case again changes nothing.
    /// </summary>
    /// <exception cref="InvalidDeletionTransitionException">The case is neither awaiting approval nor approved.</exception>
    public Task<DeletionCase?> ApproveAsync(string caseId, string actor, CancellationToken cancellationToken) =>
        ApproveAsync(caseId, actor, [], cancellationToken);

    /// <inheritdoc cref="ApproveAsync(string, string, CancellationToken)"/>
    /// <param name="approverNames">Display names of the approvers, shown to the user in the final confirmation.</param>
    public Task<DeletionCase?> ApproveAsync(string caseId, string actor, IReadOnlyList<string> approverNames, CancellationToken cancellationToken) =>
        store.UpdateAsync(caseId, actor, current =>
        {
            if (current.State == DeletionCaseState.Approved)
            {
                return null;
            }

            current.ApprovedBy = [.. approverNames];
            current.TransitionTo(DeletionCaseState.Approved, clock.GetUtcNow(), actor, "approved");
            return new CaseChange("case.approved", new Dictionary<string, string> { ["approvers"] = approverNames.Count.ToString(CultureInfo.InvariantCulture) });
        }, cancellationToken);

    /// <summary>An approver's no, with the reason the user is told. Rejecting a rejected case again changes nothing.</summary>
    /// <exception cref="InvalidDeletionTransitionException">The case is not awaiting approval.</exception>
    public Task<DeletionCase?> RejectAsync(string caseId, string actor, string reason, CancellationToken cancellationToken) =>
        store.UpdateAsync(caseId, actor, current =>
        {
            if (current.State == DeletionCaseState.Rejected)
            {
                return null;
            }

            current.RejectionReason = reason;
            current.TransitionTo(DeletionCaseState.Rejected, clock.GetUtcNow(), actor, "rejected");
            return new CaseChange("case.rejected");
        }, cancellationToken);

    /// <summary>Nobody decided in time: the request expires (a no-op unless the case is still awaiting approval).</summary>
    public Task<DeletionCase?> ExpireAsync(string caseId, string actor, CancellationToken cancellationToken) =>
        store.UpdateAsync(caseId, actor, current =>
        {
            if (current.State != DeletionCaseState.AwaitingApproval)
            {
                return null;
            }

            current.TransitionTo(DeletionCaseState.Expired, clock.GetUtcNow(), actor, "approval expired");
            return new CaseChange("case.expired");
        }, cancellationToken);

    /// <summary>The user's language and the legal texts they confirmed, when the request carries them.</summary>
    private static void Record(DeletionCase deletionCase, DeletionRequest request)
    {
        if (request.Language is { } language)
        {
            (deletionCase.Culture, deletionCase.TimeZone) = (language.Culture, language.TimeZone);
        }

        deletionCase.LegalText = request.LegalText ?? deletionCase.LegalText;
    }

    private async Task<DeletionCase?> ScheduleApprovedAsync(string caseId, DeletionRequest request, CancellationToken cancellationToken)
    {
        var scheduled = await store.UpdateAsync(caseId, request.Actor, current =>
        {
            if (current.State != DeletionCaseState.Approved)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            current.GraceUntil = now + options.Value.GracePeriod;
            current.Conversation = request.Conversation ?? current.Conversation;
            current.NotificationEmail = request.NotificationEmail ?? current.NotificationEmail;
            Record(current, request);
            current.TransitionTo(DeletionCaseState.Scheduled, now, request.Actor, "confirmed after approval; grace period started");
            return new CaseChange("case.confirmed", new Dictionary<string, string>
            {
                ["graceUntil"] = current.GraceUntil.Value.ToString("O", CultureInfo.InvariantCulture),
                ["legalTextVersion"] = current.LegalText?.Version ?? "",
            });
        }, cancellationToken).ConfigureAwait(false);
        return scheduled is { State: DeletionCaseState.Scheduled } ? await ScheduleDeletionJobAsync(scheduled, request.Actor, cancellationToken).ConfigureAwait(false) : scheduled;
    }

    /// <summary>
    /// Schedules a blocked or failed deletion again, to run now (the grace period was already served), for
    /// example after the user removed the zone that reappeared. The case and its job are one write.
    /// </summary>
    /// <returns>The resumed case, or null when there is no such case.</returns>
    /// <exception cref="InvalidDeletionTransitionException">The case is neither blocked nor failed before deletion.</exception>
    public Task<DeletionCase?> ResumeAsync(string caseId, string actor, CancellationToken cancellationToken) =>
        jobs.ScheduleAsync(caseId, actor, LifecycleJob.Deletion, clock.GetUtcNow(), (current, jobId) =>
        {
            if (DeletionTransitions.IsDeleted(current.State) || current is { State: DeletionCaseState.Failed, DeletedAt: not null })
            {
                throw new InvalidDeletionTransitionException(current.State, DeletionCaseState.Scheduled);
            }

            current.Attempts = 0;
            current.ClearBlockers();
            current.TransitionTo(DeletionCaseState.Scheduled, clock.GetUtcNow(), actor, "resumed");
            return [new CaseChange("case.resumed"), JobScheduled(jobId, clock.GetUtcNow())];
        }, cancellationToken);

    /// <summary>
    /// Runs a failed case's stage again, now, with fresh attempts: a deletion that failed before the account was deleted
    /// is scheduled again, a purge that failed after it is purged again (the account is already gone). The case and its
    /// job are one write.
    /// </summary>
    /// <returns>The case as it is now scheduled, or null when there is no such case.</returns>
    /// <exception cref="InvalidDeletionTransitionException">The case has not failed.</exception>
    public async Task<DeletionCase?> RetryAsync(string caseId, string actor, CancellationToken cancellationToken)
    {
        if (await GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } failed)
        {
            return null;
        }

        // Which stage failed does not change while the case stays failed: the deletion, unless the account is already gone.
        var stage = failed.DeletedAt is null ? LifecycleStage.Deletion : LifecycleStage.Purge;
        var to = stage.Job == LifecycleJob.Purge ? DeletionCaseState.PurgeScheduled : DeletionCaseState.Scheduled;
        var now = clock.GetUtcNow();
        return await jobs.ScheduleAsync(caseId, actor, stage.Job, now, (current, jobId) =>
        {
            if (current.State != DeletionCaseState.Failed)
            {
                throw new InvalidDeletionTransitionException(current.State, to);
            }

            current.Attempts = 0;
            current.TransitionTo(to, now, actor, "retried");
            return [new CaseChange("case.retried", new Dictionary<string, string> { ["stage"] = stage.Name }), JobScheduled(jobId, now)];
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Undo: cancels the case and removes its scheduled job, while nothing has been deleted. A job that had already
    /// started re-reads the case and stops before calling the API.
    /// </summary>
    public Task<CancelResult> CancelAsync(string caseId, string actor, CancellationToken cancellationToken) =>
        CancelAsync(caseId, actor, null, null, cancellationToken);

    /// <inheritdoc cref="CancelAsync(string, string, CancellationToken)"/>
    /// <param name="reason">An operator's reason (kept on the case and in the audit entry, and told to the user), or null for the user's own undo.</param>
    /// <param name="via">How the user asked (e.g. <c>undo-link</c>), recorded in the audit entry.</param>
    public async Task<CancelResult> CancelAsync(string caseId, string actor, string? reason, string? via, CancellationToken cancellationToken)
    {
        var outcome = CancelOutcome.NotFound;
        var updated = await store.UpdateAsync(caseId, actor, current =>
        {
            if (current.State == DeletionCaseState.Cancelled)
            {
                outcome = CancelOutcome.AlreadyCancelled;
                return null;
            }

            if (!current.CanUndo)
            {
                outcome = CancelOutcome.TooLate;
                return null;
            }

            current.TransitionTo(DeletionCaseState.Cancelled, clock.GetUtcNow(), actor, reason is null ? "undone by request" : "cancelled by support");
            current.CancellationReason = reason;
            outcome = CancelOutcome.Cancelled;
            var details = new Dictionary<string, string> { ["jobId"] = current.JobId ?? "" };
            if (reason is not null)
            {
                details["reason"] = reason;
            }

            if (via is not null)
            {
                details["via"] = via;
            }

            return new CaseChange("case.cancelled", details);
        }, cancellationToken).ConfigureAwait(false);

        if (outcome == CancelOutcome.Cancelled && updated is not null)
        {
            jobs.Remove(updated);
            milestones.Cancelled(caseId);
            LogCancelled(logger, caseId);
        }

        return new CancelResult(updated is null ? CancelOutcome.NotFound : outcome, updated);
    }

    public Task<DeletionCase?> GetAsync(string caseId, CancellationToken cancellationToken) =>
        DeletionCaseIds.IsWellFormed(caseId) ? store.GetAsync(caseId, cancellationToken) : Task.FromResult<DeletionCase?>(null);

    /// <summary>The user's newest case that is not cancelled, failed or purged; null when there is none.</summary>
    public async Task<DeletionCase?> FindActiveAsync(string userId, CancellationToken cancellationToken)
    {
        var cases = await store.ListForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return cases.LastOrDefault(IsActive);
    }

    /// <summary>A case that is neither closed before deletion (cancelled, rejected, expired), failed, nor purged.</summary>
    private static bool IsActive(DeletionCase c) =>
        !DeletionTransitions.IsClosedBeforeDeletion(c.State) && c.State is not (DeletionCaseState.Failed or DeletionCaseState.Purged);

    /// <summary>Every case of the user with its history ("show my deletion history"), oldest first.</summary>
    public async Task<IReadOnlyList<DeletionHistory>> GetHistoryForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var result = new List<DeletionHistory>();
        foreach (var deletionCase in await store.ListForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            result.Add(await HistoryOfAsync(deletionCase, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public async Task<DeletionHistory?> GetHistoryAsync(string caseId, CancellationToken cancellationToken) =>
        await GetAsync(caseId, cancellationToken).ConfigureAwait(false) is { } found
            ? await HistoryOfAsync(found, cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<DeletionHistory> HistoryOfAsync(DeletionCase deletionCase, CancellationToken cancellationToken)
    {
        var audit = await store.GetAuditAsync(deletionCase.CaseId, cancellationToken).ConfigureAwait(false);
        return new DeletionHistory(
            deletionCase.CaseId, deletionCase.State, deletionCase.CreatedAt, deletionCase.GraceUntil, deletionCase.DeletedAt, deletionCase.PurgedAt,
            deletionCase.History, audit, AuditVerifier.Verify(deletionCase.CaseId, audit, deletionCase.AuditHead).IsValid);
    }

    /// <summary>The deletion job of a case that was just scheduled, due when its grace period ends.</summary>
    private async Task<DeletionCase> ScheduleDeletionJobAsync(DeletionCase scheduled, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var runAt = scheduled.GraceUntil is { } graceUntil && graceUntil > now ? graceUntil : now;
        var updated = await jobs.ScheduleAsync(scheduled.CaseId, actor, LifecycleJob.Deletion, runAt,
            (c, jobId) => c.State == DeletionCaseState.Scheduled ? [JobScheduled(jobId, runAt)] : null, cancellationToken).ConfigureAwait(false);
        if (updated is { State: DeletionCaseState.Scheduled, GraceUntil: { } endsAt })
        {
            milestones.Scheduled(updated.CaseId, endsAt);
        }

        return updated ?? scheduled;
    }

    private static CaseChange JobScheduled(string jobId, DateTimeOffset runAt) => CaseJobs.Scheduled(jobId, runAt);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Deletion case {CaseId} opened in state {State}")]
    private static partial void LogRequested(ILogger logger, string caseId, DeletionCaseState state);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deletion case {CaseId} already active for this user; not opening another")]
    private static partial void LogExistingCase(ILogger logger, string caseId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Deletion case {CaseId} cancelled during the grace period")]
    private static partial void LogCancelled(ILogger logger, string caseId);
}
