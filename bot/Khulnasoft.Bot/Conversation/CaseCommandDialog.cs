using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Conversation.Steps;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Status;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// "Check my deletion status", "undo", "show my deletion history" and "send me a copy of my data", in any conversation:
/// first the user proves who they are (<see cref="IdentifyStep"/>: the identity verified earlier in this conversation is
/// reused), then the case is read or cancelled, or the copy offered (<see cref="IDataExportDelivery"/>). Begun with the
/// <see cref="ConversationCommand"/> as options, on top of whatever dialog is active; when it ends, that dialog asks its
/// question again.
/// </summary>
public sealed class CaseCommandDialog : ComponentDialog
{
    public new const string Id = "caseCommand";

    private readonly DeletionScheduler _scheduler;
    private readonly IDataExportDelivery _exports;

    public CaseCommandDialog(IdentifyStep identify, ResumeDialog resume, DeletionScheduler scheduler, IDataExportDelivery exports)
        : base(Id)
    {
        (_scheduler, _exports) = (scheduler, exports);
        AddDialog(new WaterfallDialog("caseCommandSteps", [(step, ct) => step.BeginDialogAsync(IdentifyStep.Id, IdentityPurpose.CaseCommand, ct), RunAsync]));
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
            case ConversationCommand.DataExport:
                // The delivery tells the user what it did, or why it could not make the copy.
                await _exports.SendAsync(step.Context, identity.UserId, cancellationToken).ConfigureAwait(false);
                break;
            case ConversationCommand.History:
                await step.Context.SendActivityAsync(await HistoryAsync(identity, cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                break;
            case ConversationCommand.ResumeBlocked:
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
                    ? Activity.CreateMessageActivity(ConversationTexts.NoDeletionInProgress)
                    : StatusMessage(active, host, ConversationTexts.WhereYourDeletionStands), cancellationToken).ConfigureAwait(false);
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
            await step.Context.SendActivityAsync(ConversationTexts.NothingToUndo, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await _scheduler.CancelAsync(active.CaseId, DeletionActors.User(identity.UserId), cancellationToken).ConfigureAwait(false);
        var text = result.Outcome switch
        {
            CancelOutcome.Cancelled => ConversationTexts.UndoCancelled(active.CaseId),
            CancelOutcome.AlreadyCancelled => ConversationTexts.UndoAlreadyCancelled(active.CaseId),
            CancelOutcome.TooLate => ConversationTexts.UndoTooLate(active.CaseId),
            _ => ConversationTexts.NothingToUndo,
        };
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> HistoryAsync(VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        var histories = await _scheduler.GetHistoryForUserAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        if (histories.Count == 0)
        {
            return ConversationTexts.NoDeletionRequests;
        }

        var text = new StringBuilder(ConversationTexts.YourDeletionRequests);
        foreach (var history in histories)
        {
            text.Append("\n\n**").Append(history.CaseId).Append("** — ").Append(Describe(history.State))
                .Append(' ').Append(history.AuditIntact ? ConversationTexts.AuditVerified : ConversationTexts.AuditNotVerified);
            foreach (var transition in history.Transitions)
            {
                text.Append("\n- ").Append(UserClock.Local(transition.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(' ').Append(UserClock.ZoneLabel)
                    .Append(": ").Append(Describe(transition.To));
            }
        }

        return text.ToString();
    }
}
