using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation.Prompts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Invoices;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// "Do you want a copy of your invoices?" before the final step (they can't be retrieved after the deletion); skipped
/// when there are none or they were already sent during the checklist. Begun with the <see cref="DeletionFlow"/>; ends
/// with it, marked when the invoices were sent.
/// </summary>
public sealed class InvoicesStep : ComponentDialog
{
    public new const string Id = "invoices";

    private const string InvoicesPrompt = "invoicesPrompt";

    private readonly KhulnasoftApiClient _client;
    private readonly IInvoiceDelivery _invoices;
    private readonly IFunnelEvents _funnel;

    public InvoicesStep(KhulnasoftApiClient client, IInvoiceDelivery invoices, IFunnelEvents funnel)
        : base(Id)
    {
        (_client, _invoices, _funnel) = (client, invoices, funnel);
        AddDialog(new WaterfallDialog("invoicesSteps", [OfferAsync, AnswerAsync]));
        AddDialog(new LocalizedTextPrompt<InvoicesCardInput>(InvoicesPrompt, Offer, ValidateAnswerAsync));
        InitialDialogId = "invoicesSteps";
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var flow = StepValues.Required<DeletionFlow>(step);
        var invoices = new List<InvoiceSummary>();
        foreach (var accountId in flow.Plan.OwnedAccountIds)
        {
            invoices.AddRange((await _client.GetInvoicesAsync(accountId, cancellationToken).ConfigureAwait(false))
                .Select(i => new InvoiceSummary(i.Id, i.Number, i.Date, i.Amount, i.Currency, i.Status)));
        }

        if (invoices.Count == 0 || flow.InvoicesSent || flow.ResumeAt == ConfirmStep.Id)
        {
            // Not asked: no answer, so nothing to acknowledge ("Okay, no invoices" only follows a "skip").
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await _funnel.ReachedAsync(step.Context, FunnelSteps.InvoicesShown, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(InvoicesPrompt, new PromptOptions
        {
            Template = new InvoicesCardInput(CardMessages.NewCardId(), flow.CaseId, invoices),
            SubmitValueField = CardActions.ActionField,
        }, cancellationToken).ConfigureAwait(false);
    }

    // The template is the card's input: the same invoices and card id whenever it is asked again.
    private static PromptActivities Offer(ITurnContext turnContext, InvoicesCardInput card) =>
        new(CardMessages.Create(InvoicesCard.Build(card, CardMessages.HostFor(turnContext)), ConversationTexts.InvoicesPrompt),
            Activity.CreateMessageActivity(ConversationTexts.InvoicesRetry));

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var flow = StepValues.Required<DeletionFlow>(step);
        if (step.GetResult<string>() == CardActions.InvoicesSend)
        {
            await _invoices.SendAsync(step.Context, flow.Identity.UserId, flow.Plan.OwnedAccountIds, cancellationToken).ConfigureAwait(false);
            await _funnel.ReachedAsync(step.Context, FunnelSteps.InvoicesSent, cancellationToken).ConfigureAwait(false);
            flow = flow with { InvoicesSent = true };
        }
        else if (step.Result is not null && !flow.InvoicesSent && flow.ResumeAt != ConfirmStep.Id && step.Context.Activity.IsType(ActivityTypes.Message))
        {
            await step.Context.SendActivityAsync(ConversationTexts.InvoicesSkipped,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(flow, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> ValidateAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var answer = prompt.Recognized.Value is { } text ? ConversationPhrases.Normalize(text) : null;
        prompt.Recognized.Value = answer switch
        {
            CardActions.InvoicesSend or "send" or "send my invoices" or "yes" or "ja" or "senden" => CardActions.InvoicesSend,
            CardActions.InvoicesSkip or "skip" or "no" or "nein" or "continue" or "überspringen" => CardActions.InvoicesSkip,
            _ => null,
        };
        return Task.FromResult(prompt.Recognized.Value is not null);
    }
}
