using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Conversation.Steps;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Status;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// "Check my deletion status", "undo" and "show my deletion history", in any conversation: first the user proves who
/// they are (<see cref="IdentifyStep"/>: the identity verified earlier in this conversation is reused), then the case
/// is read or cancelled. Begun with the <see cref="ConversationCommand"/> as options.
/// </summary>
public sealed class CaseCommandDialog : ComponentDialog
{
    public new const string Id = "caseCommand";

    private readonly DeletionScheduler _scheduler;

    public CaseCommandDialog(IdentifyStep identify, DeletionScheduler scheduler)
        : base(Id)
    {
        _scheduler = scheduler;
        AddDialog(new WaterfallDialog("caseCommandSteps", [(step, ct) => step.BeginDialogAsync(IdentifyStep.Id, null, ct), RunAsync]));
        AddDialog(identify);
        InitialDialogId = "caseCommandSteps";
    }

    /// <summary>A message with the status card of <paramref name="deletionCase"/> under <paramref name="text"/>.</summary>
    public static Activity StatusMessage(DeletionCase deletionCase, CardHost host, string text)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var events = deletionCase.History.Select(h => new StatusEvent(h.At, Describe(h.To))).ToList();
        var card = StatusCard.Build(new StatusCardInput(
            deletionCase.CaseId, Describe(deletionCase.State), deletionCase.State == DeletionCaseState.Scheduled ? deletionCase.GraceUntil : null,
            deletionCase.CanUndo, events), host);
        return CardMessages.Create(card, text);
    }

    /// <summary>A state as the user reads it (never the reason for a legal hold).</summary>
    public static string Describe(DeletionCaseState state) => state switch
    {
        DeletionCaseState.Requested => "Requested",
        DeletionCaseState.AwaitingApproval => "Waiting for a super administrator's approval",
        DeletionCaseState.Approved => "Approved — waiting for your confirmation",
        DeletionCaseState.Rejected => "Rejected by a super administrator",
        DeletionCaseState.Expired => "Approval request expired",
        DeletionCaseState.Scheduled => "Scheduled (you can still undo it)",
        DeletionCaseState.Deleting => "Deleting now",
        DeletionCaseState.Deleted => "Account deleted",
        DeletionCaseState.PurgeScheduled => "Account deleted; personal data purge scheduled",
        DeletionCaseState.PurgeBlocked => "Account deleted; some data is retained for legal obligations",
        DeletionCaseState.Purged => "Personal data purged",
        DeletionCaseState.Cancelled => "Cancelled — nothing was deleted",
        DeletionCaseState.Failed => "Needs attention from our support team",
        DeletionCaseState.Blocked => "Paused: something needs your attention first",
        _ => state.ToString(),
    };

    private async Task<DialogTurnResult> RunAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<VerifiedIdentity>() is not { } identity)
        {
            // The identity step has already told the user why it stopped.
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var host = CardMessages.HostFor(step.Context);
        switch (step.GetOptions<ConversationCommand>())
        {
            case ConversationCommand.Undo:
                await UndoAsync(step, identity, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.History:
                await step.Context.SendActivityAsync(await HistoryAsync(identity, cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                break;
            default:
                var active = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
                await step.Context.SendActivityAsync(active is null
                    ? Activity.CreateMessageActivity("You have no deletion in progress. Say \"delete my account\" to start one, or \"show my deletion history\" for past requests.")
                    : StatusMessage(active, host, "Here's where your deletion stands."), cancellationToken).ConfigureAwait(false);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task UndoAsync(WaterfallStepContext step, VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        var active = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        if (active is null)
        {
            await step.Context.SendActivityAsync("There's no deletion to undo.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await _scheduler.CancelAsync(active.CaseId, DeletionActors.User(identity.UserId), cancellationToken).ConfigureAwait(false);
        var text = result.Outcome switch
        {
            CancelOutcome.Cancelled => $"Done: your deletion (case {active.CaseId}) is cancelled. Nothing was deleted and your account stays as it is.",
            CancelOutcome.AlreadyCancelled => $"Your deletion (case {active.CaseId}) was already cancelled.",
            CancelOutcome.TooLate => $"It's too late to undo case {active.CaseId}: the deletion has already run. Say \"status\" to see where it stands.",
            _ => "There's no deletion to undo.",
        };
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> HistoryAsync(VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        var histories = await _scheduler.GetHistoryForUserAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        if (histories.Count == 0)
        {
            return "You have no deletion requests.";
        }

        var text = new StringBuilder("Your deletion requests:");
        foreach (var history in histories)
        {
            text.Append("\n\n**").Append(history.CaseId).Append("** — ").Append(Describe(history.State))
                .Append(history.AuditIntact ? " (audit log verified)" : " (audit log could not be verified)");
            foreach (var transition in history.Transitions)
            {
                text.Append("\n- ").Append(transition.At.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
                    .Append(": ").Append(Describe(transition.To));
            }
        }

        return text.ToString();
    }
}
