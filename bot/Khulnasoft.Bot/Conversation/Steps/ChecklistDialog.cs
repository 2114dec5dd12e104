using System.Text.Json;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Fixes;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Checklist;
using Khulnasoft.Cards.Fixes;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// The live checklist step. Shows the checklist card and waits until every required item is done. "Re-check" (the
/// button, or typed) reads the account API again: in Teams the card is updated in place (Action.Execute is answered
/// with the new card: the step sends the invoke response itself; a fallback submit updates the original message),
/// elsewhere a fresh card is sent. While items are left the bot says exactly which. "Send my invoices" sends them
/// without leaving the step. Begun with the <see cref="DeletionFlow"/>; ends with it, marked when the invoices were
/// sent during the step. A user who owns no account has nothing to tick off and goes straight on. "Do it for me" on an
/// item (<c>checklist.fix</c>) shows what will happen and what it costs; Confirm makes the change through
/// <see cref="FixService"/> and answers with the re-checked card, Keep it changes nothing (docs/one-click-fixes.md).
/// </summary>
public sealed class ChecklistDialog(ChecklistReader reader, IInvoiceDelivery invoices, FixService fixes, IFunnelEvents funnel) : Dialog(Id)
{
    public new const string Id = "checklist";

    private const string StateKey = "checklist";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var flow = DialogValueExtensions.ConvertTo<DeletionFlow>(options)
            ?? throw new ArgumentException("The checklist needs the DeletionFlow.", nameof(options));
        if (flow.Plan.OwnedAccountIds.Count == 0)
        {
            await dc.Context.SendActivityAsync(ConversationTexts.NotPrimaryOwner, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(flow with { InvoicesSent = false }, cancellationToken).ConfigureAwait(false);
        }

        var state = new ChecklistState(flow with { InvoicesSent = false }, "chk_" + Guid.NewGuid().ToString("N")[..12], null);
        var checklist = await ReadAsync(state, cancellationToken).ConfigureAwait(false);
        var sent = await dc.Context.SendActivityAsync(CardMessages.Create(ChecklistCard.Build(checklist, CardMessages.HostFor(dc.Context))), cancellationToken)
            .ConfigureAwait(false);
        Save(dc.ActiveDialog!, state with { ActivityId = sent?.Id });
        await funnel.ReachedAsync(dc.Context, FunnelSteps.ChecklistShown, cancellationToken).ConfigureAwait(false);
        await RecordDoneAsync(dc.Context, checklist, cancellationToken).ConfigureAwait(false);
        if (checklist.AllRequiredDone)
        {
            await dc.Context.SendActivityAsync(AllDone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(state.Flow, cancellationToken).ConfigureAwait(false);
        }

        await dc.Context.SendActivityAsync(StillToDo(checklist), cancellationToken: cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        var action = RecognizeAction(activity, state.Fix is not null);
        var isInvoke = activity.IsType(ActivityTypes.Invoke);
        if (isInvoke && action != CardActions.DeletionRecheck)
        {
            return EndOfTurn;
        }

        if (action == CardActions.InvoicesSend)
        {
            var result = await invoices.SendAsync(dc.Context, state.Flow.Identity.UserId, state.Flow.Plan.OwnedAccountIds, cancellationToken).ConfigureAwait(false);
            Save(instance, state with { Flow = state.Flow with { InvoicesSent = result.Mode != InvoiceDeliveryMode.None } });
            if (result.Mode != InvoiceDeliveryMode.None)
            {
                await funnel.ReachedAsync(dc.Context, FunnelSteps.InvoicesSent, cancellationToken).ConfigureAwait(false);
            }

            await dc.Context.SendActivityAsync(ConversationTexts.WhenFinishedRecheck, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return EndOfTurn;
        }

        if (action is CardActions.ChecklistFix or CardActions.ChecklistFixConfirm or CardActions.ChecklistFixKeep)
        {
            return await FixAsync(dc, instance, state, action, cancellationToken).ConfigureAwait(false);
        }

        var checklist = await ReadAsync(state, cancellationToken).ConfigureAwait(false);
        if (action != CardActions.DeletionRecheck)
        {
            await dc.Context.SendActivityAsync(
                ConversationTexts.FinishChecklistFirst(StillToDo(checklist)),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        state = await ShowAsync(dc.Context, state, checklist, isInvoke, cancellationToken).ConfigureAwait(false);
        Save(instance, state);
        await RecordDoneAsync(dc.Context, checklist, cancellationToken).ConfigureAwait(false);
        if (checklist.AllRequiredDone)
        {
            await dc.Context.SendActivityAsync(AllDone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(state.Flow, cancellationToken).ConfigureAwait(false);
        }

        if (!isInvoke)
        {
            await dc.Context.SendActivityAsync(StillToDo(checklist), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>
    /// A fix click: "Do it for me" answers with the consent card (or why not); Confirm makes the change and shows the
    /// re-checked card (moving on once everything required is done); Keep it changes nothing. The item and resource
    /// come from the click, or from the consent waiting for a typed answer; the card id is the step's own.
    /// </summary>
    private async Task<DialogTurnResult> FixAsync(DialogContext dc, DialogInstance instance, ChecklistState state, string action, CancellationToken cancellationToken)
    {
        var data = CardMessages.DataOf(dc.Context.Activity);
        var item = (data["item"] as System.Text.Json.Nodes.JsonValue)?.ToString() ?? state.Fix?.Item;
        var resourceId = (data["resourceId"] as System.Text.Json.Nodes.JsonValue)?.ToString() ?? state.Fix?.ResourceId;
        if (action != CardActions.ChecklistFix && item is null)
        {
            await dc.Context.SendActivityAsync(FixTexts.NothingToConfirm, cancellationToken: cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        var request = new FixRequest(state.Flow.Identity.UserId, state.Flow.Plan.OwnedAccountIds, state.CardId, item, resourceId);
        if (action == CardActions.ChecklistFix)
        {
            var proposal = await fixes.ProposeAsync(request, cancellationToken).ConfigureAwait(false);
            if (proposal.Consent is { } consent)
            {
                await dc.Context.SendActivityAsync(CardMessages.Create(FixConsentCard.Build(consent, CardMessages.HostFor(dc.Context))), cancellationToken).ConfigureAwait(false);
                Save(instance, state with { Fix = new PendingFix(consent.Item, consent.ResourceId) });
            }
            else
            {
                await dc.Context.SendActivityAsync(proposal.Message, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return EndOfTurn;
        }

        state = state with { Fix = null };
        Save(instance, state);
        if (action == CardActions.ChecklistFixKeep)
        {
            var kept = await fixes.KeepAsync(request, cancellationToken).ConfigureAwait(false);
            await dc.Context.SendActivityAsync(kept.Message, cancellationToken: cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        var outcome = await fixes.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(outcome.Message, cancellationToken: cancellationToken).ConfigureAwait(false);
        var checklist = await ReadAsync(state, cancellationToken).ConfigureAwait(false);
        state = await ShowAsync(dc.Context, state, checklist, isInvoke: false, cancellationToken).ConfigureAwait(false);
        Save(instance, state);
        if (checklist.AllRequiredDone)
        {
            await dc.Context.SendActivityAsync(AllDone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(state.Flow, cancellationToken).ConfigureAwait(false);
        }

        await dc.Context.SendActivityAsync(StillToDo(checklist), cancellationToken: cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var checklist = await ReadAsync(Load(instance), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(CardMessages.Create(ChecklistCard.Build(checklist, CardMessages.HostFor(turnContext)), StillToDo(checklist)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>What is left, item by item, each named by its domain or account ("Still to do (2): ada.dev: Domain
    /// removed from Khulnasoft; Ada Labs: Payment information deleted.").</summary>
    public static string StillToDo(ChecklistCardInput checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var left = checklist.PendingMessageLines.ToList();
        return left.Count == 0 ? AllDone : ConversationTexts.StillToDo(left.Count, string.Join("; ", left));
    }

    private static string AllDone => ConversationTexts.AllDone;

    /// <summary>The funnel's "prerequisite done" step of each item kind whose every item is done (counted once per conversation).</summary>
    private async Task RecordDoneAsync(ITurnContext turnContext, ChecklistCardInput checklist, CancellationToken cancellationToken)
    {
        foreach (var kind in checklist.AllItems.GroupBy(i => i.Kind).Where(g => g.All(i => i.Done)).Select(g => g.Key))
        {
            await funnel.ReachedAsync(turnContext, FunnelSteps.PrerequisiteDone(kind.ToString()), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Shows the re-read checklist; returns the state with the id of the message that now shows it.</summary>
    private static async Task<ChecklistState> ShowAsync(ITurnContext turnContext, ChecklistState state, ChecklistCardInput checklist, bool isInvoke, CancellationToken cancellationToken)
    {
        var card = ChecklistCard.Build(checklist, CardMessages.HostFor(turnContext));
        if (isInvoke)
        {
            // Action.Execute: the answer to the invoke is the updated card (the step answers the invoke itself, as the
            // SDK's dialogs do; the activity handler's own answer is then not used).
            var answer = new InvokeResponse(200, JsonSerializer.SerializeToNode(AdaptiveCardInvokeResponse.Card(card), BotJson.Options));
            await turnContext.SendActivityAsync(InvokeResponses.ToActivity(answer), cancellationToken).ConfigureAwait(false);
            return state;
        }

        // An id is known only when the card went through the Connector (not for expectReplies, which buffers replies).
        if (CardMessages.IsTeams(turnContext.Activity) && state.ActivityId is { Length: > 0 } activityId)
        {
            var update = CardMessages.Create(card);
            update.Id = activityId;
            await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
            return state;
        }

        var sent = await turnContext.SendActivityAsync(CardMessages.Create(card), cancellationToken).ConfigureAwait(false);
        return state with { ActivityId = sent?.Id };
    }

    private Task<ChecklistCardInput> ReadAsync(ChecklistState state, CancellationToken cancellationToken) =>
        reader.ReadAsync(state.Flow.Plan.OwnedAccountIds, state.CardId, state.Flow.CaseId, state.Flow.InvoicesSent, state.Flow.Identity.UserId, cancellationToken);

    private static ChecklistState Load(DialogInstance instance) =>
        instance.State.GetValue<ChecklistState>(StateKey) ?? throw new InvalidOperationException("The checklist's state is missing.");

    private static void Save(DialogInstance instance, ChecklistState state) => instance.State[StateKey] = state;

    private static string? RecognizeAction(Activity activity, bool fixPending)
    {
        if (CardMessages.ActionOf(activity) is { } action)
        {
            return action;
        }

        return activity.Text is { } text
            ? ConversationPhrases.Normalize(text) switch
            {
                "re-check" or "recheck" or "check" or "check again" or "done" or "i'm done" or "ready" or "erneut prüfen" or "prüfen" or "fertig" => CardActions.DeletionRecheck,
                "send my invoices" or "send invoices" or "invoices" or "rechnungen senden" => CardActions.InvoicesSend,
                "confirm" or "yes" or "do it" or "bestätigen" or "ja" when fixPending => CardActions.ChecklistFixConfirm,
                "keep it" or "keep" or "no" or "behalten" or "nein" when fixPending => CardActions.ChecklistFixKeep,
                _ => null,
            }
            : null;
    }
}
