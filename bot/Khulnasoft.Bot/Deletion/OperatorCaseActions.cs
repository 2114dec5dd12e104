using System.Globalization;
using Khulnasoft.Bot.Receipts;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What support and compliance staff may do to a case (the operator console calls these): resume a paused case (the
/// prerequisites are read again first), retry a failed one, cancel with a reason, extend the response deadline by
/// up to two months with a reason (GDPR Art. 12(3)), re-send the erasure receipt. Each is audited with the
/// operator's identity (<see cref="DeletionActors.Operator"/>); the user is told of a cancellation and an extension.
/// A refused action changes nothing.
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
            ResumeOutcome.Resumed => Done(caseId, operatorName, "resume", "Resumed: the case is scheduled again and runs now."),
            ResumeOutcome.StillBlocked => OperatorActionResult.Refused("Not resumed: the prerequisites, read again just now, still block it: " + string.Join("; ", BlockerTexts.Describe(result.Unmet, name => name))),
            ResumeOutcome.NotBlocked => OperatorActionResult.Refused($"Not resumed: the case is {result.Case!.State}, not blocked."),
            _ => OperatorActionResult.Refused("No such case."),
        };
    }

    public async Task<OperatorActionResult> RetryAsync(string caseId, string operatorName, CancellationToken cancellationToken)
    {
        try
        {
            var retried = await scheduler.RetryAsync(caseId, DeletionActors.Operator(operatorName), cancellationToken).ConfigureAwait(false);
            return retried is null
                ? OperatorActionResult.Refused("No such case.")
                : Done(caseId, operatorName, "retry", $"Retried: the case is {retried.State} and runs now; the user is told in their conversation when it succeeds.");
        }
        catch (InvalidDeletionTransitionException e)
        {
            return OperatorActionResult.Refused($"Not retried: only a failed case can be retried ({e.Message}).");
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
                return Done(caseId, operatorName, "cancel", "Cancelled; the user is told why.");
            case CancelOutcome.AlreadyCancelled:
                return OperatorActionResult.Refused("Not cancelled: the case was already cancelled.");
            case CancelOutcome.TooLate:
                return OperatorActionResult.Refused("Not cancelled: the deletion has already run (or may have).");
            default:
                return OperatorActionResult.Refused("No such case.");
        }
    }

    /// <summary>Extends the response deadline to <paramref name="until"/>: a later day than the current one, at most two months past the original (by calendar day).</summary>
    public async Task<OperatorActionResult> ExtendAsync(string caseId, string operatorName, DateTimeOffset until, string? reason, CancellationToken cancellationToken)
    {
        if (Invalid(reason) is { } refusal)
        {
            return refusal;
        }

        string? refused = null;
        var updated = await store.UpdateAsync(caseId, DeletionActors.Operator(operatorName), c =>
        {
            refused = !ResponseDeadlines.IsOpenRequest(c) ? "the request has already been answered"
                : Day(until) <= Day(ResponseDeadlines.DueAt(c)) ? $"the new date must be after the current due date ({BackOfficeTexts.Date(ResponseDeadlines.DueAt(c))})"
                : Day(until) > Day(ResponseDeadlines.Latest(c)) ? $"the law allows at most two further months (until {BackOfficeTexts.Date(ResponseDeadlines.Latest(c))})"
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
            return OperatorActionResult.Refused("No such case.");
        }

        if (refused is not null)
        {
            return OperatorActionResult.Refused("Not extended: " + refused + ".");
        }

        queue.EnqueueNotice(caseId, DeletionNotice.Extended, (int)(until.ToUnixTimeSeconds() / 60));
        return Done(caseId, operatorName, "extend", $"Extended to {BackOfficeTexts.Date(until)}; the user is told why.");
    }

    /// <summary>
    /// Sends the signed erasure receipt again, to <paramref name="email"/>: the case no longer keeps the user's email
    /// after the purge, so the address must be the one the request was verified with (its keyed hash matches).
    /// </summary>
    public async Task<OperatorActionResult> ResendReceiptAsync(string caseId, string operatorName, string? email, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return OperatorActionResult.Refused("No such case.");
        }

        if (current.Receipt is null)
        {
            return OperatorActionResult.Refused("Not sent: the case has no erasure receipt yet (it is issued at the purge).");
        }

        if (string.IsNullOrWhiteSpace(email) || current.EmailHash is null || emails.Hash(email) != current.EmailHash)
        {
            return OperatorActionResult.Refused("Not sent: that is not the email the request was verified with.");
        }

        var (subject, body) = DeletionMessages.For(DeletionNotice.Purged, current, receipts.Value.VerifyUrl);
        await mail.SendAsync(email.Trim(), subject, body, cancellationToken).ConfigureAwait(false);
        await store.UpdateAsync(caseId, DeletionActors.Operator(operatorName), _ => new CaseChange("receipt.resent"), cancellationToken).ConfigureAwait(false);
        return Done(caseId, operatorName, "resend-receipt", "The erasure receipt was sent again.");
    }

    /// <summary>Deadlines are compared by calendar day (UTC): an operator picks a date.</summary>
    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static OperatorActionResult? Invalid(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? OperatorActionResult.Refused("A reason is required (the user is told it).")
        : reason.Trim().Length > MaxReasonLength ? OperatorActionResult.Refused($"The reason is too long (at most {MaxReasonLength} characters).")
        : null;

    private OperatorActionResult Done(string caseId, string operatorName, string action, string message)
    {
        LogAction(logger, action, caseId, operatorName);
        return OperatorActionResult.Ok(message);
    }

    [LoggerMessage(EventId = 3071, Level = LogLevel.Information, Message = "Operator action {Action} on case {CaseId} by {Operator}")]
    private static partial void LogAction(ILogger logger, string action, string caseId, string @operator);
}
