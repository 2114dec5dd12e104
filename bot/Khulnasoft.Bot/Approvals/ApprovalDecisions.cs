using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Approval;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Answers clicks on approval cards. Every click is authorized live: the clicker, as the channel vouches for them,
/// must be a current super administrator of the account (and not the requester); anyone else is told
/// <see cref="ApprovalTexts.NotAnApprover"/> and the attempt is audited. The first decision stands: it is written
/// with the request's ETag, and later clicks change nothing. Teams' <c>approval.refresh</c> gets the approver view
/// for approvers and the status for everyone else.
/// </summary>
public sealed partial class ApprovalDecisions(
    ApprovalStore store,
    DeletionScheduler scheduler,
    SuperAdministrators admins,
    ChannelIdentityResolver identities,
    ApprovalFollowUp followUp,
    ApprovalJobQueue queue,
    ApprovalAudit audit,
    TimeProvider clock,
    ILogger<ApprovalDecisions> logger)
{
    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var caseId = Text(request.Data, "caseId");
        var requestId = Text(request.Data, "requestId");
        var record = caseId is null ? null : await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (record is null || !string.Equals(record.RequestId, requestId, StringComparison.Ordinal))
        {
            return CardActionResult.WithMessage(ApprovalTexts.NoSuchRequest);
        }

        var host = HostOf(turnContext);
        var viewer = string.Equals(turnContext.Activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? turnContext.Activity.From?.Id : null;
        if (request.Action == CardActions.ApprovalRefresh)
        {
            return CardActionResult.WithCard(await RefreshAsync(turnContext, record, host, viewer, cancellationToken).ConfigureAwait(false));
        }

        ChannelIdentity clicker;
        bool isAdmin;
        try
        {
            clicker = await identities.IdentifyAsync(turnContext, cancellationToken).ConfigureAwait(false);
            isAdmin = clicker.User is { } who && who.Id != record.RequesterUserId
                && await admins.IsCurrentAsync(record.AccountId, who.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountApiUnavailableException)
        {
            LogCheckUnavailable(logger, record.CaseId);
            return CardActionResult.WithMessage(ApprovalTexts.CannotCheckNow);
        }

        if (!isAdmin || clicker.User is not { } admin)
        {
            var reason = clicker.User is null ? clicker.Refusal ?? "unknown_user"
                : clicker.User.Id == record.RequesterUserId ? "requester" : "not_super_administrator";
            await audit.RecordAsync(record.CaseId, clicker.User is { } known ? ApprovalActors.User(known.Id) : ApprovalActors.Unverified(clicker.Channel), ApprovalAudit.Refused,
                new Dictionary<string, string> { ["requestId"] = record.RequestId, ["action"] = request.Action, ["reason"] = reason, ["channel"] = clicker.Channel },
                cancellationToken).ConfigureAwait(false);
            LogRefused(logger, record.CaseId, request.Action, reason);
            return CardActionResult.WithMessage(ApprovalTexts.NotAnApprover);
        }

        var actor = ApprovalActors.User(admin.Id);
        if (record.IsDecided)
        {
            return await IgnoredAsync(record, actor, request, host, cancellationToken).ConfigureAwait(false);
        }

        if (await scheduler.GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false) is not { State: DeletionCaseState.AwaitingApproval })
        {
            // Another admin's decision may have reached the case since the request was read: tell that one.
            if (await store.GetAsync(record.CaseId, cancellationToken).ConfigureAwait(false) is { IsDecided: true } decided)
            {
                return await IgnoredAsync(decided, actor, request, host, cancellationToken).ConfigureAwait(false);
            }

            await audit.RecordAsync(record.CaseId, actor, ApprovalAudit.ClickIgnored,
                new Dictionary<string, string> { ["requestId"] = record.RequestId, ["action"] = request.Action, ["reason"] = "case_not_awaiting_approval" }, cancellationToken)
                .ConfigureAwait(false);
            return CardActionResult.WithMessage(ApprovalTexts.NoLongerWaiting);
        }

        string? rejectReason = null;
        if (request.Action == CardActions.ApprovalReject)
        {
            rejectReason = Text(request.Data, ApprovalCard.ReasonInputId)?.Trim();
            if (string.IsNullOrEmpty(rejectReason) || rejectReason.Length > ApprovalTexts.ReasonMaxLength)
            {
                await audit.RecordAsync(record.CaseId, actor, ApprovalAudit.ReasonMissing,
                    new Dictionary<string, string> { ["requestId"] = record.RequestId, ["reason"] = string.IsNullOrEmpty(rejectReason) ? "empty" : "too_long" }, cancellationToken)
                    .ConfigureAwait(false);
                return CardActionResult.WithMessage(string.IsNullOrEmpty(rejectReason) ? ApprovalTexts.ReasonMissing(record) : ApprovalTexts.ReasonTooLong);
            }
        }

        var now = clock.GetUtcNow();
        var outcome = ClickOutcome.AlreadyDecided;
        var (updated, _) = await store.UpdateAsync(record.CaseId, r =>
        {
            outcome = Decide(r, admin, rejectReason, now);
            return outcome is ClickOutcome.Voted or ClickOutcome.Decided;
        }, cancellationToken).ConfigureAwait(false);
        record = updated ?? record;

        switch (outcome)
        {
            case ClickOutcome.AlreadyDecided:
                return await IgnoredAsync(record, actor, request, host, cancellationToken).ConfigureAwait(false);
            case ClickOutcome.AlreadyVoted:
                return CardActionResult.WithMessage(ApprovalTexts.AlreadyVoted(record));
        }

        if (request.Action == CardActions.ApprovalApprove)
        {
            await audit.RecordAsync(record.CaseId, actor, ApprovalAudit.Vote, new Dictionary<string, string>
            {
                ["requestId"] = record.RequestId,
                ["approvals"] = record.Approvals.Count.ToString(CultureInfo.InvariantCulture),
                ["required"] = record.RequiredApprovers.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
        }

        if (outcome == ClickOutcome.Voted)
        {
            LogVoted(logger, record.CaseId, record.Approvals.Count, record.RequiredApprovers);
            return CardActionResult.WithMessage(ApprovalTexts.VoteRecorded(record));
        }

        // The decision is stored: the case takes it now (so the clicker's answer is true), then the job replaces every
        // card and tells the requester (retried on its own if a channel is down).
        LogDecided(logger, record.CaseId, record.State);
        await followUp.ApplyToCaseAsync(record, cancellationToken).ConfigureAwait(false);
        queue.EnqueueFollowUp(record.CaseId);
        followUp.ScheduleForget(record);
        return new CardActionResult(ApprovalCards.Base(record, host, viewer), ApprovalTexts.DecidedByYou(record));
    }

    /// <summary>Decides from the stored request alone (it may run again after a write conflict).</summary>
    private static ClickOutcome Decide(ApprovalRecord record, KhulnasoftUser admin, string? rejectReason, DateTimeOffset now)
    {
        if (record.IsDecided)
        {
            return ClickOutcome.AlreadyDecided;
        }

        if (rejectReason is not null)
        {
            record.State = ApprovalState.Rejected;
            record.Reason = rejectReason;
            record.DecidedBy = admin.Name;
            record.DecidedByUserId = admin.Id;
            record.DecidedAt = now;
            return ClickOutcome.Decided;
        }

        if (record.Approvals.Any(v => v.UserId == admin.Id))
        {
            return ClickOutcome.AlreadyVoted;
        }

        record.Approvals = [.. record.Approvals, new ApprovalVote(admin.Id, admin.Name, now)];
        if (record.Approvals.Count < record.RequiredApprovers)
        {
            return ClickOutcome.Voted;
        }

        record.State = ApprovalState.Approved;
        record.DecidedBy = JoinNames(record.Approvals.Select(v => v.Name).ToList());
        record.DecidedByUserId = admin.Id;
        record.DecidedAt = now;
        return ClickOutcome.Decided;
    }

    private async Task<JsonObject> RefreshAsync(ITurnContext turnContext, ApprovalRecord record, CardHost host, string? viewer, CancellationToken cancellationToken)
    {
        if (record.IsDecided)
        {
            return ApprovalCards.Base(record, host, viewer);
        }

        try
        {
            var clicker = await identities.IdentifyAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (clicker.User is { } user && user.Id != record.RequesterUserId
                && await admins.IsCurrentAsync(record.AccountId, user.Id, cancellationToken).ConfigureAwait(false))
            {
                return ApprovalCards.ApproverView(record, host, viewer);
            }
        }
        catch (AccountApiUnavailableException)
        {
            // Unsure who is looking: show only the status; Teams refreshes again later.
            LogCheckUnavailable(logger, record.CaseId);
        }

        return ApprovalCards.Base(record, host, viewer);
    }

    private async Task<CardActionResult> IgnoredAsync(ApprovalRecord record, string actor, CardActionRequest request, CardHost host, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(record.CaseId, actor, ApprovalAudit.ClickIgnored,
            new Dictionary<string, string> { ["requestId"] = record.RequestId, ["action"] = request.Action, ["reason"] = "already_" + record.State.ToString().ToLowerInvariant() },
            cancellationToken).ConfigureAwait(false);
        var message = ApprovalTexts.AlreadyDecided(record);
        return request.IsInvoke ? new CardActionResult(ApprovalCards.Base(record, host), message) : CardActionResult.WithMessage(message);
    }

    private static string JoinNames(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static CardHost HostOf(ITurnContext turnContext) =>
        string.Equals(turnContext.Activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? CardHost.Teams : CardHost.WebChat;

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private enum ClickOutcome
    {
        AlreadyDecided,
        AlreadyVoted,
        Voted,
        Decided,
    }

    [LoggerMessage(EventId = 6551, Level = LogLevel.Warning, Message = "Approval case {CaseId}: {Action} refused ({Reason})")]
    private static partial void LogRefused(ILogger logger, string caseId, string action, string reason);

    [LoggerMessage(EventId = 6552, Level = LogLevel.Information, Message = "Approval case {CaseId}: approval {Count} of {Required} recorded")]
    private static partial void LogVoted(ILogger logger, string caseId, int count, int required);

    [LoggerMessage(EventId = 6553, Level = LogLevel.Information, Message = "Approval case {CaseId}: decided {State}")]
    private static partial void LogDecided(ILogger logger, string caseId, ApprovalState state);

    [LoggerMessage(EventId = 6554, Level = LogLevel.Warning, Message = "Approval case {CaseId}: the account API is unavailable; the click could not be authorized")]
    private static partial void LogCheckUnavailable(ILogger logger, string caseId);
}
