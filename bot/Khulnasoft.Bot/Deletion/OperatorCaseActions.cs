using System.Globalization;
using Khulnasoft.Bot.Receipts;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What support and compliance staff may do to a case (the operator console calls these): resume a paused case (the
/// prerequisites are read again first), retry a failed one, cancel with a reason, extend the response deadline by
/// up to two months with a reason (GDPR Art. 12(3)), re-send the erasure receipt. Each is audited with the
/// operator's identity (<see cref="DeletionActors.Operator"/>); the user is told of a cancellation and an extension.
/// A refused action changes nothing. Results are codes with their facts (<see cref="OperatorActionResult"/>): the console
/// words them in the operator's language.
/// </summary>
public sealed partial class OperatorCaseActions(
    DeletionScheduler scheduler,
    DeletionCaseStore store,
    CaseResumer resumer,
    DeletionJobQueue queue,
    EmailHasher emails,
    IDeletionEmailSender mail,
    IOptions<ReceiptOptions> receipts,
    ILogger<OperatorCaseActions> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<OperatorActionResult> ResumeAsync(string caseId, string operatorName, CancellationToken cancellationToken)
    {
        var result = await resumer.ResumeAsync(caseId, DeletionActors.Operator(operatorName), cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            ResumeOutcome.Resumed => Done(caseId, operatorName, "resume", OperatorActionOutcome.Resumed),
            ResumeOutcome.StillBlocked => OperatorActionResult.Refused(OperatorActionOutcome.NotResumedStillBlocked, result.Unmet),
            ResumeOutcome.NotBlocked => OperatorActionResult.Refused(OperatorActionOutcome.NotResumedNotBlocked, result.Case!.State),
            _ => OperatorActionResult.Refused(OperatorActionOutcome.NoSuchCase),
        };
    }

    public async Task<OperatorActionResult> RetryAsync(string caseId, string operatorName, CancellationToken cancellationToken)
    {
        try
        {
            var retried = await scheduler.RetryAsync(caseId, DeletionActors.Operator(operatorName), cancellationToken).ConfigureAwait(false);
            return retried is null
                ? OperatorActionResult.Refused(OperatorActionOutcome.NoSuchCase)
                : Done(caseId, operatorName, "retry", OperatorActionOutcome.Retried, retried.State);
        }
        catch (InvalidDeletionTransitionException e) when (e.From is { } state)
        {
            return OperatorActionResult.Refused(OperatorActionOutcome.NotRetried, state);
        }
    }

    public async Task<OperatorActionResult> CancelAsync(string caseId, string operatorName, string? reason, CancellationToken cancellationToken)
    {
        if (Invalid(reason) is { } refusal)
        {
            return refusal;
        }

        var result = await scheduler.CancelAsync(caseId, DeletionActors.Operator(operatorName), reason!.Trim(), null, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case CancelOutcome.Cancelled:
                queue.EnqueueNotice(caseId, DeletionNotice.CancelledBySupport, result.Case!.History.Count);
                return Done(caseId, operatorName, "cancel", OperatorActionOutcome.Cancelled);
            case CancelOutcome.AlreadyCancelled:
                return OperatorActionResult.Refused(OperatorActionOutcome.NotCancelledAlreadyCancelled);
            case CancelOutcome.TooLate:
                return OperatorActionResult.Refused(OperatorActionOutcome.NotCancelledTooLate);
            default:
                return OperatorActionResult.Refused(OperatorActionOutcome.NoSuchCase);
        }
    }

    /// <summary>Extends the response deadline to <paramref name="until"/>: a later day than the current one, at most two months past the original (by calendar day).</summary>
    public async Task<OperatorActionResult> ExtendAsync(string caseId, string operatorName, DateTimeOffset until, string? reason, CancellationToken cancellationToken)
    {
        if (Invalid(reason) is { } refusal)
        {
            return refusal;
        }

        OperatorActionResult? refused = null;
        var updated = await store.UpdateAsync(caseId, DeletionActors.Operator(operatorName), c =>
        {
            refused = !ResponseDeadlines.IsOpenRequest(c) ? OperatorActionResult.Refused(OperatorActionOutcome.NotExtendedAnswered)
                : Day(until) <= Day(ResponseDeadlines.DueAt(c)) ? OperatorActionResult.Refused(OperatorActionOutcome.NotExtendedNotAfterDueDate, ResponseDeadlines.DueAt(c))
                : Day(until) > Day(ResponseDeadlines.Latest(c)) ? OperatorActionResult.Refused(OperatorActionOutcome.NotExtendedTooLate, ResponseDeadlines.Latest(c))
                : null;
            if (refused is not null)
            {
                return null;
            }

            c.ExtendedDueAt = until;
            c.ExtensionReason = reason!.Trim();
            return new CaseChange("deadline.extended", new Dictionary<string, string>
            {
                ["until"] = until.ToString("O", CultureInfo.InvariantCulture),
                ["reason"] = c.ExtensionReason,
            });
        }, cancellationToken).ConfigureAwait(false);
        if (updated is null)
        {
            return OperatorActionResult.Refused(OperatorActionOutcome.NoSuchCase);
        }

        if (refused is not null)
        {
            return refused;
        }

        queue.EnqueueNotice(caseId, DeletionNotice.Extended, (int)(until.ToUnixTimeSeconds() / 60));
        return Done(caseId, operatorName, "extend", OperatorActionOutcome.Extended, until);
    }

    /// <summary>
    /// Sends the signed erasure receipt again, to <paramref name="email"/>: the case no longer keeps the user's email
    /// after the purge, so the address must be the one the request was verified with (its keyed hash matches).
    /// </summary>
    public async Task<OperatorActionResult> ResendReceiptAsync(string caseId, string operatorName, string? email, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return OperatorActionResult.Refused(OperatorActionOutcome.NoSuchCase);
        }

        if (current.Receipt is null)
        {
            return OperatorActionResult.Refused(OperatorActionOutcome.NotSentNoReceipt);
        }

        if (string.IsNullOrWhiteSpace(email) || current.EmailHash is null || emails.Hash(email) != current.EmailHash)
        {
            return OperatorActionResult.Refused(OperatorActionOutcome.NotSentWrongEmail);
        }

        var (subject, body) = DeletionMessages.For(DeletionNotice.Purged, current, receipts.Value.VerifyUrl);
        await mail.SendAsync(email.Trim(), subject, body, cancellationToken).ConfigureAwait(false);
        await store.UpdateAsync(caseId, DeletionActors.Operator(operatorName), _ => new CaseChange("receipt.resent"), cancellationToken).ConfigureAwait(false);
        return Done(caseId, operatorName, "resend-receipt", OperatorActionOutcome.ReceiptResent);
    }

    /// <summary>Deadlines are compared by calendar day (UTC): an operator picks a date.</summary>
    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static OperatorActionResult? Invalid(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? OperatorActionResult.Refused(OperatorActionOutcome.ReasonRequired)
        : reason.Trim().Length > MaxReasonLength ? OperatorActionResult.Refused(OperatorActionOutcome.ReasonTooLong, MaxReasonLength)
        : null;

    private OperatorActionResult Done(string caseId, string operatorName, string action, OperatorActionOutcome outcome, params object[] arguments)
    {
        LogAction(logger, action, caseId, operatorName);
        return OperatorActionResult.Ok(outcome, arguments);
    }

    [LoggerMessage(EventId = 3071, Level = LogLevel.Information, Message = "Operator action {Action} on case {CaseId} by {Operator}")]
    private static partial void LogAction(ILogger logger, string action, string caseId, string @operator);
}
