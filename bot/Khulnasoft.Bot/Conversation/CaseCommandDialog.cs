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

    public CaseCommandDialog(IdentifyStep identify, ResumeDialog resume, DeletionScheduler scheduler)
        : base(Id)
    {
        _scheduler = scheduler;
        AddDialog(new WaterfallDialog("caseCommandSteps", [(step, ct) => step.BeginDialogAsync(IdentifyStep.Id, null, ct), RunAsync]));
        AddDialog(identify);
        AddDialog(resume);
        InitialDialogId = "caseCommandSteps";
    }

    /// <summary>A message with the status card of <paramref name="deletionCase"/> under <paramref name="text"/>.</summary>
    public static Activity StatusMessage(DeletionCase deletionCase, CardHost host, string text) => CaseStatusCards.Message(deletionCase, host, text);

    /// <summary>A state as the user reads it (never the reason for a legal hold).</summary>
    public static string Describe(DeletionCaseState state) => CaseStatusCards.Describe(state);

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
            case ConversationCommand.Resume:
                var paused = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
                if (paused is null)
                {
                    await step.Context.SendActivityAsync(BackOfficeTexts.NothingToResume, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                }

                // The resume dialog explains a case that is not paused and leaves it as it is.
                return await step.ReplaceDialogAsync(ResumeDialog.Id, new ResumeRequest(identity, paused.CaseId), cancellationToken).ConfigureAwait(false);
            default:
                var active = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
                await step.Context.SendActivityAsync(active is null
                    ? Activity.CreateMessageActivity("You have no deletion in progress. Say \"delete my account\" to start one, or \"show my deletion history\" for past requests.")
                    : StatusMessage(active, host, "Here's where your deletion stands."), cancellationToken).ConfigureAwait(false);
                if (active is { State: DeletionCaseState.Blocked })
                {
                    return await step.ReplaceDialogAsync(ResumeDialog.Id, new ResumeRequest(identity, active.CaseId), cancellationToken).ConfigureAwait(false);
                }

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
