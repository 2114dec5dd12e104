using System.Text.Json.Nodes;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The live checklist step. Shows the checklist card and waits until every required item is done. "Re-check" (the
/// button, or typed) reads the account API again: in Teams the card is updated in place (Action.Execute answers with
/// the new card; a fallback submit updates the original message), elsewhere a fresh card is sent. While items are
/// left the bot says exactly which. "Send my invoices" sends them without leaving the step. Ends with
/// <c>true</c> when the invoices were sent during the step.
/// </summary>
public sealed class ChecklistDialog(ChecklistReader reader, IInvoiceDelivery invoices) : Dialog(Id)
{
    public new const string Id = "checklist";

    /// <summary>Turn-state key under which a Teams invoke's answer (the updated card) is left for the activity handler.</summary>
    public const string InvokeCardKey = "Khulnasoft.ChecklistInvokeCard";

    private const string AccountsKey = "accounts";
    private const string UserKey = "user";
    private const string CardIdKey = "cardId";
    private const string CaseIdKey = "caseId";
    private const string ActivityIdKey = "activityId";
    private const string InvoicesKey = "invoices";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var start = DialogValueExtensions.ConvertTo<ChecklistDialogOptions>(options)
            ?? throw new ArgumentException("The checklist needs ChecklistDialogOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[AccountsKey] = start.AccountIds.ToList();
        state[UserKey] = start.UserId;
        state[CardIdKey] = "chk_" + Guid.NewGuid().ToString("N")[..12];
        state[CaseIdKey] = start.CaseId;
        state[InvoicesKey] = false;

        var checklist = await ReadAsync(state, cancellationToken).ConfigureAwait(false);
        var sent = await dc.Context.SendActivityAsync(CardMessages.Create(ChecklistCard.Build(checklist, CardMessages.HostFor(dc.Context))), cancellationToken)
            .ConfigureAwait(false);
        state[ActivityIdKey] = sent?.Id;
        if (checklist.AllRequiredDone)
        {
            await dc.Context.SendActivityAsync(AllDone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
        }

        await dc.Context.SendActivityAsync(StillToDo(checklist), cancellationToken: cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var state = dc.ActiveDialog!.State;
        var action = RecognizeAction(activity);
        var isInvoke = activity.IsType(ActivityTypes.Invoke);
        if (isInvoke && action != CardActions.DeletionRecheck)
        {
            return EndOfTurn;
        }

        if (action == CardActions.InvoicesSend)
        {
            var result = await invoices.SendAsync(dc.Context, state.GetValue<string>(UserKey)!, Accounts(state), cancellationToken).ConfigureAwait(false);
            state[InvoicesKey] = result.Mode != InvoiceDeliveryMode.None;
            await dc.Context.SendActivityAsync("When you've finished the steps, select Re-check (or type \"re-check\").", cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return EndOfTurn;
        }

        var checklist = await ReadAsync(state, cancellationToken).ConfigureAwait(false);
        if (action != CardActions.DeletionRecheck)
        {
            await dc.Context.SendActivityAsync(
                "Let's finish the checklist first. " + StillToDo(checklist) + " When you're done, select Re-check (or type \"re-check\").",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        await ShowAsync(dc.Context, state, checklist, isInvoke, cancellationToken).ConfigureAwait(false);
        if (checklist.AllRequiredDone)
        {
            await dc.Context.SendActivityAsync(AllDone, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(state.GetValue<bool>(InvoicesKey), cancellationToken).ConfigureAwait(false);
        }

        if (!isInvoke)
        {
            await dc.Context.SendActivityAsync(StillToDo(checklist), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var checklist = await ReadAsync(instance.State, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(CardMessages.Create(ChecklistCard.Build(checklist, CardMessages.HostFor(turnContext)), StillToDo(checklist)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>What is left, item by item, each named by its domain or account ("Still to do (2): ada.dev: Domain
    /// removed from Khulnasoft; Ada Labs: Payment information deleted.").</summary>
    public static string StillToDo(ChecklistCardInput checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var left = checklist.PendingMessageLines.ToList();
        return left.Count == 0 ? AllDone : $"Still to do ({left.Count}): " + string.Join("; ", left) + ".";
    }

    private const string AllDone = "Everything required is done. ✔";

    private static async Task ShowAsync(ITurnContext turnContext, IDictionary<string, object?> state, ChecklistCardInput checklist, bool isInvoke, CancellationToken cancellationToken)
    {
        var card = ChecklistCard.Build(checklist, CardMessages.HostFor(turnContext));
        if (isInvoke)
        {
            turnContext.TurnState.Set(InvokeCardKey, card);
            return;
        }

        // An id is known only when the card went through the Connector (not for expectReplies, which buffers replies).
        if (CardMessages.IsTeams(turnContext.Activity) && state.GetValue<string>(ActivityIdKey) is { Length: > 0 } activityId)
        {
            var update = CardMessages.Create(card);
            update.Id = activityId;
            await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
            return;
        }

        var sent = await turnContext.SendActivityAsync(CardMessages.Create(card), cancellationToken).ConfigureAwait(false);
        state[ActivityIdKey] = sent?.Id;
    }

    private Task<ChecklistCardInput> ReadAsync(IDictionary<string, object?> state, CancellationToken cancellationToken) =>
        reader.ReadAsync(Accounts(state), state.GetValue<string>(CardIdKey)!, state.GetValue<string>(CaseIdKey), state.GetValue<bool>(InvoicesKey), cancellationToken);

    private static List<string> Accounts(IDictionary<string, object?> state) => state.GetValue<List<string>>(AccountsKey) ?? [];

    private static string? RecognizeAction(Activity activity)
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
                _ => null,
            }
            : null;
    }
}
