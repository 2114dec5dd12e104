using System.Globalization;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Sends a new approval request to every current super administrator of the account: the card in a personal Teams
/// chat the bot opens with their Entra identity, or an email with a link that opens the bot when that is impossible.
/// Then schedules the reminder and the expiry.
/// </summary>
public sealed partial class ApprovalRequester(
    ApprovalStore store,
    DeletionScheduler scheduler,
    ApproverCandidates candidates,
    ApprovalMessenger messenger,
    ApprovalAudit audit,
    ApprovalJobQueue queue,
    IOptions<ApprovalsOptions> options,
    TimeProvider clock,
    ILogger<ApprovalRequester> logger)
{
    /// <exception cref="ArgumentException">The case does not exist.</exception>
    /// <exception cref="InvalidOperationException">The case is not awaiting approval.</exception>
    public async Task<ApprovalRequestOutcome> RequestAsync(ITurnContext requesterTurn, ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requesterTurn);
        ArgumentNullException.ThrowIfNull(request);
        var deletionCase = await scheduler.GetAsync(request.CaseId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"Case {request.CaseId} does not exist.", nameof(request));
        if (await store.GetAsync(request.CaseId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            // Asked twice (a repeated confirmation): the approvers already have the request.
            return new ApprovalRequestOutcome(Asked(existing));
        }

        if (deletionCase.State != DeletionCaseState.AwaitingApproval)
        {
            throw new InvalidOperationException($"Case {request.CaseId} is {deletionCase.State}, not awaiting approval.");
        }

        // Teams chats first: every card's refresh.userIds must name all Teams approvers before the first card goes out.
        var asking = await candidates.FindAsync(request, cancellationToken).ConfigureAwait(false);

        var now = clock.GetUtcNow();
        var record = new ApprovalRecord
        {
            RequestId = "apr_" + Guid.NewGuid().ToString("N")[..20],
            CaseId = request.CaseId,
            AccountId = request.AccountId,
            AccountName = request.AccountName,
            RequesterUserId = request.Requester.UserId,
            RequesterName = request.Requester.Name,
            RequesterEmail = request.Requester.Email,
            Scope = request.Scope,
            RequestedAt = now,
            Culture = CultureInfo.CurrentCulture.Name is { Length: > 0 } locale && SupportedCultures.Match(locale) is not null ? locale : TurnCulture.Current.Name,
            ExpiresAt = now + options.Value.ExpireAfter,
            RequiredApprovers = options.Value.RequiredApprovers,
            RequesterConversation = requesterTurn.Activity.GetConversationReference(),
            Approvers = [.. asking.Select(c => c.Entry)],
        };
        var (stored, created) = await store.CreateAsync(record, cancellationToken).ConfigureAwait(false);
        if (!created)
        {
            return new ApprovalRequestOutcome(Asked(stored));
        }

        var approvers = new List<ApproverEntry>();
        var cards = new List<CardDelivery>();
        foreach (var (entry, chat) in asking)
        {
            var (channel, card) = await messenger.AskAsync(record, entry, chat, cancellationToken).ConfigureAwait(false);
            if (card is not null)
            {
                cards.Add(card);
            }

            approvers.Add(entry with { Channel = channel, TeamsUserId = channel == ApproverChannel.Teams ? entry.TeamsUserId : null });
        }

        var reminderJob = queue.ScheduleReminder(record.CaseId, now + options.Value.ReminderAfter);
        var expiryJob = queue.ScheduleExpiry(record.CaseId, record.ExpiresAt);
        var (saved, _) = await store.UpdateAsync(record.CaseId, r =>
        {
            r.Approvers = approvers;
            r.Cards = [.. r.Cards, .. cards];
            r.ReminderJobId = reminderJob;
            r.ExpiryJobId = expiryJob;
            return true;
        }, cancellationToken).ConfigureAwait(false);

        await audit.RecordAsync(record.CaseId, ApprovalActors.Bot, ApprovalAudit.Requested, new Dictionary<string, string>
        {
            ["requestId"] = record.RequestId,
            ["superAdministrators"] = Invariant(approvers.Count),
            ["teams"] = Invariant(approvers.Count(a => a.Channel == ApproverChannel.Teams)),
            ["email"] = Invariant(approvers.Count(a => a.Channel == ApproverChannel.Email)),
            ["unreachable"] = Invariant(approvers.Count(a => a.Channel == ApproverChannel.Unreachable)),
            ["requiredApprovers"] = Invariant(record.RequiredApprovers),
        }, cancellationToken).ConfigureAwait(false);
        var asked = Asked(saved ?? record);
        LogRequested(logger, record.CaseId, asked.Count, approvers.Count);
        if (asked.Count < record.RequiredApprovers)
        {
            // Nobody (or too few) could be asked: the request will expire unless an admin finds it ("approval requests").
            LogTooFewApprovers(logger, record.CaseId, asked.Count, record.RequiredApprovers);
        }

        return new ApprovalRequestOutcome(asked);
    }

    private static IReadOnlyList<string> Asked(ApprovalRecord record) =>
        [.. record.Approvers.Where(a => a.Channel != ApproverChannel.Unreachable).Select(a => a.Name)];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 6541, Level = LogLevel.Information, Message = "Approval case {CaseId}: {Asked} of {Total} super administrator(s) asked")]
    private static partial void LogRequested(ILogger logger, string caseId, int asked, int total);

    [LoggerMessage(EventId = 6542, Level = LogLevel.Warning, Message = "Approval case {CaseId}: only {Asked} super administrator(s) could be asked, {Required} approval(s) are required")]
    private static partial void LogTooFewApprovers(ILogger logger, string caseId, int asked, int required);
}
