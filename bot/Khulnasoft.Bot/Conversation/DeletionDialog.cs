using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Invoices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Confirmation;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Invoices;
using Khulnasoft.Cards.Scope;
using Khulnasoft.Cards.Status;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The account-deletion conversation: who are you → what deletion would touch and which route → the live checklist
/// → invoices → the final confirmation with step-up verification → the scheduled deletion. Contract accounts go to
/// their CSM and SSO users who aren't super administrators to approval; an approved request comes back here and
/// finishes the checklist and confirmation. <c>help</c>, <c>cancel</c> and <c>status</c> work at every step.
/// </summary>
public sealed partial class DeletionDialog : InterruptibleComponentDialog
{
    public new const string Id = "deletion";

    private const string InvoicesPrompt = "invoicesPrompt";
    private const string ConfirmPrompt = "confirmPrompt";
    private const string CsmPrompt = "csmPrompt";
    private const string WithCsmKey = "withCsm";
    private const string IdentityKey = "identity";
    private const string PlanKey = "plan";
    private const string CaseIdKey = "caseId";
    private const string ApprovedByKey = "approvedBy";
    private const string InvoicesSentKey = "invoicesSent";
    private const string Verified = "verified";

    private readonly ConversationAccessors _accessors;
    private readonly DeletionPlanner _planner;
    private readonly DeletionScheduler _scheduler;
    private readonly KhulnasoftApiClient _client;
    private readonly IApprovalRequests _approvals;
    private readonly IHandoffRequests _handoff;
    private readonly HandoffContextBuilder _handoffContext;
    private readonly IInvoiceDelivery _invoices;
    private readonly StepUpVerifier _stepUp;
    private readonly DeletionOptions _deletion;
    private readonly PurgeOptions _purge;
    private readonly TimeProvider _clock;
    private readonly ILogger<DeletionDialog> _logger;

    public DeletionDialog(
        IdentityDialog identity,
        ChecklistDialog checklist,
        ConversationAccessors accessors,
        DeletionPlanner planner,
        DeletionScheduler scheduler,
        KhulnasoftApiClient client,
        IApprovalRequests approvals,
        IHandoffRequests handoff,
        HandoffContextBuilder handoffContext,
        IInvoiceDelivery invoices,
        StepUpVerifier stepUp,
        DeletionLinks links,
        IOptions<DeletionOptions> deletion,
        IOptions<PurgeOptions> purge,
        TimeProvider clock,
        ILogger<DeletionDialog> logger)
        : base(Id)
    {
        ArgumentNullException.ThrowIfNull(links);
        (_accessors, _planner, _scheduler, _client, _approvals, _handoff, _handoffContext, _invoices, _stepUp, _clock, _logger) =
            (accessors, planner, scheduler, client, approvals, handoff, handoffContext, invoices, stepUp, clock, logger);
        (_deletion, _purge) = (deletion.Value, purge.Value);
        HelpText = "I'm walking you through deleting your Khulnasoft account, step by step: I check who you are, show what "
            + "deletion would remove, tick off the prerequisites from your live account, offer your invoices, and ask you to "
            + "confirm. Nothing is deleted before you confirm. Say \"cancel\" to stop, \"status\" to see where we are, or "
            + "\"talk to a human\". The help page: " + links.HelpPage;
        CancelText = "Okay, I've stopped. Nothing was deleted. Say \"delete my account\" whenever you want to start again.";

        AddDialog(new WaterfallDialog("deletionSteps",
        [
            IdentifyAsync, PlanAndRouteAsync, AfterCsmAsync, ChecklistAsync, OfferInvoicesAsync, InvoicesAnswerAsync, ConfirmAsync, ScheduleAsync,
        ]));
        AddDialog(identity);
        AddDialog(checklist);
        AddDialog(new TextPrompt(InvoicesPrompt, ValidateInvoicesAnswerAsync));
        AddDialog(new TextPrompt(ConfirmPrompt, ValidateConfirmationAsync));
        AddDialog(new TextPrompt(CsmPrompt));
        InitialDialogId = "deletionSteps";
    }

    private async Task<DialogTurnResult> IdentifyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await _accessors.GetVerifiedAsync(step.Context, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return await step.NextAsync(known, cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(IdentityDialog.Id, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PlanAndRouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<VerifiedIdentity>() is not { } identity)
        {
            // The identity step has already told the user why it stopped.
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await _accessors.SetVerifiedAsync(step.Context, identity, cancellationToken).ConfigureAwait(false);
        step.Values[IdentityKey] = identity;

        var existing = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.State != DeletionCaseState.Approved)
        {
            await step.Context.SendActivityAsync(CaseCommandDialog.StatusMessage(existing, CardMessages.HostFor(step.Context),
                existing.State == DeletionCaseState.AwaitingApproval
                    ? "Your deletion request is still waiting for approval from a super administrator. I'll tell you here as soon as they decide."
                    : "You already have a deletion in progress, so there's nothing to start."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var plan = await _planner.PlanAsync(identity, cancellationToken).ConfigureAwait(false);
        step.Values[PlanKey] = plan;
        await step.Context.SendActivityAsync(
            CardMessages.Create(BlastRadiusCard.Build(new BlastRadiusCardInput(plan.Scope, NewCardId()), CardMessages.HostFor(step.Context))),
            cancellationToken).ConfigureAwait(false);

        if (existing is { State: DeletionCaseState.Approved })
        {
            step.Values[CaseIdKey] = existing.CaseId;
            step.Values[ApprovedByKey] = string.Join(", ", existing.ApprovedBy);
            await step.Context.SendActivityAsync($"Your request was approved by {string.Join(", ", existing.ApprovedBy)}. Let's finish the remaining steps.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await RouteAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        switch (plan.Route)
        {
            case DeletionRoute.CustomerSuccess:
                return await RouteToCsmAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
            case DeletionRoute.AdminApproval:
                return await RouteToApprovalAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
            default:
                return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> RouteToCsmAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        LogRouted(_logger, DeletionRoute.CustomerSuccess);
        await step.Context.SendActivityAsync($"{plan.RouteAccountName} is under contract, so your Customer Success Manager handles its deletion "
            + "(the help page asks contract customers to contact them). I'm bringing them into this chat now.", cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var request = await _handoffContext.BuildAsync(HandoffReason.ContractAccount, identity.Name, identity, plan, null,
            "Customer Success (contract account)", cancellationToken).ConfigureAwait(false);
        var outcome = await _handoff.RequestAsync(step.Context, request, cancellationToken).ConfigureAwait(false);
        if (!outcome.AgentAvailable)
        {
            await step.Context.SendActivityAsync("I couldn't reach your Customer Success Manager right now. They will follow up by email at "
                + identity.Email + ".", cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The dialog waits here while the CSM has the conversation; after they hand it back, the user's next message
        // continues from this step (the hand-back re-sends this prompt).
        step.Values[WithCsmKey] = true;
        return await step.PromptAsync(CsmPrompt, new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity($"Once your Customer Success Manager has handed you back to me, say \"continue\" and I'll check {plan.RouteAccountName} "
                + "again: if its contract has ended, we go on with the checklist."),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Back from the CSM: the route is read again, live. Still under contract → the deletion stays with the CSM;
    /// otherwise (the CSM ended the contract) the conversation goes on along the route the account now takes.
    /// </summary>
    private async Task<DialogTurnResult> AfterCsmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.GetValue<bool>(WithCsmKey))
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }

        step.Values[WithCsmKey] = false;
        var identity = step.Values.GetValue<VerifiedIdentity>(IdentityKey)!;
        var plan = await _planner.PlanAsync(identity, cancellationToken).ConfigureAwait(false);
        step.Values[PlanKey] = plan;
        if (plan.Route == DeletionRoute.CustomerSuccess)
        {
            await step.Context.SendActivityAsync($"{plan.RouteAccountName} is still under contract, so its deletion stays with your Customer Success "
                + "Manager. Say \"talk to a human\" to reach them again, or \"status\" to see where a deletion stands.", cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await step.Context.SendActivityAsync("The contract has ended, so we can go on.", cancellationToken: cancellationToken).ConfigureAwait(false);
        return await RouteAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteToApprovalAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        LogRouted(_logger, DeletionRoute.AdminApproval);
        var request = await _scheduler.RequestAsync(new DeletionRequest(
            identity.UserId, plan.OwnedAccountIds, step.Context.Activity.GetConversationReference(), identity.Email,
            DeletionActors.User(identity.UserId), RequiresApproval: true), cancellationToken).ConfigureAwait(false);
        var asked = await _approvals.RequestAsync(step.Context,
            new ApprovalRequest(request.CaseId, identity, plan.RouteAccountId!, plan.RouteAccountName ?? plan.RouteAccountId!, plan.Scope), cancellationToken)
            .ConfigureAwait(false);
        var who = asked.ApproverNames.Count == 0 ? "its super administrators" : string.Join(" and ", asked.ApproverNames);
        await step.Context.SendActivityAsync($"{plan.RouteAccountName} uses single sign-on, so a super administrator has to approve deleting your "
            + $"account. I've asked {who} (case {request.CaseId}). I'll message you here as soon as they decide; then we'll finish the checklist "
            + "and you confirm.", cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChecklistAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var identity = step.Values.GetValue<VerifiedIdentity>(IdentityKey)!;
        var plan = step.Values.GetValue<DeletionPlan>(PlanKey)!;
        if (plan.OwnedAccountIds.Count == 0)
        {
            await step.Context.SendActivityAsync("You aren't the primary owner of any account, so there are no domains or subscriptions to "
                + "take care of first.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(false, cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(ChecklistDialog.Id,
            new ChecklistDialogOptions(identity.UserId, plan.OwnedAccountIds, step.Values.GetValue<string>(CaseIdKey)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> OfferInvoicesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[InvoicesSentKey] = step.GetResult<bool>();
        var plan = step.Values.GetValue<DeletionPlan>(PlanKey)!;
        var invoices = new List<InvoiceSummary>();
        foreach (var accountId in plan.OwnedAccountIds)
        {
            invoices.AddRange((await _client.GetInvoicesAsync(accountId, cancellationToken).ConfigureAwait(false))
                .Select(i => new InvoiceSummary(i.Id, i.Number, i.Date, i.Amount, i.Currency, i.Status)));
        }

        if (invoices.Count == 0 || step.Values.GetValue<bool>(InvoicesSentKey))
        {
            return await step.NextAsync(CardActions.InvoicesSkip, cancellationToken).ConfigureAwait(false);
        }

        var card = InvoicesCard.Build(new InvoicesCardInput(NewCardId(), step.Values.GetValue<string>(CaseIdKey), invoices), CardMessages.HostFor(step.Context));
        var prompt = CardMessages.Create(card, "Before the final step: your invoices can't be retrieved after your account is deleted. "
            + "Do you want a copy?");
        return await step.PromptAsync(InvoicesPrompt, new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity("Select \"Send my invoices\" or \"Skip\" on the card (or type \"send\" or \"skip\")."),
            SubmitValueField = CardActions.ActionField,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> InvoicesAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<string>() == CardActions.InvoicesSend)
        {
            var identity = step.Values.GetValue<VerifiedIdentity>(IdentityKey)!;
            var plan = step.Values.GetValue<DeletionPlan>(PlanKey)!;
            await _invoices.SendAsync(step.Context, identity.UserId, plan.OwnedAccountIds, cancellationToken).ConfigureAwait(false);
            step.Values[InvoicesSentKey] = true;
        }
        else if (step.Result is not null && !step.Values.GetValue<bool>(InvoicesSentKey) && step.Context.Activity.IsType(ActivityTypes.Message))
        {
            await step.Context.SendActivityAsync("Okay, no invoices. Remember that they can't be retrieved once your account is deleted.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var identity = step.Values.GetValue<VerifiedIdentity>(IdentityKey)!;
        var plan = step.Values.GetValue<DeletionPlan>(PlanKey)!;
        var caseId = step.Values.GetValue<string>(CaseIdKey) ?? DeletionCaseIds.New();
        step.Values[CaseIdKey] = caseId;
        var challenge = await _stepUp.BeginAsync(identity, cancellationToken).ConfigureAwait(false);
        if (challenge.IsRateLimited)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(challenge.RetryAfter!.Value.TotalMinutes));
            await step.Context.SendActivityAsync($"I've sent too many codes to {identity.Email} in the last hour. Please try again in about "
                + $"{minutes} minute(s) by saying \"delete my account\". Nothing was deleted.", cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var method = challenge.Method;
        var runsAt = _clock.GetUtcNow() + _deletion.GracePeriod;
        var approvedBy = step.Values.GetValue<string>(ApprovedByKey);
        var card = ConfirmationCard.Build(
            new ConfirmationCardInput(NewCardId(), caseId, plan.Scope, runsAt, runsAt + _purge.Delay, method, string.IsNullOrEmpty(approvedBy) ? null : approvedBy),
            CardMessages.HostFor(step.Context));
        var instruction = method == StepUpMethod.OneTimeCode
            ? $"Last step. To make sure it's really you, I've sent a new 6-digit code to {identity.Email}. Enter it on the card and select \"Delete my account\"."
            : $"Last step. To make sure it's really you, type the email of the account ({MaskEmail(identity.Email)}) on the card and select \"Delete my account\".";
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = CardMessages.Create(card, instruction),
            RetryPrompt = Activity.CreateMessageActivity(method == StepUpMethod.OneTimeCode
                ? "Enter the 6-digit code from the email on the card, or select Cancel."
                : "Type your account email on the card, or select Cancel."),
            SubmitValueField = CardActions.ActionField,
            Validations = new JsonObject { ["method"] = method.ToString() },
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.GetResult<string>();
        if (answer != Verified)
        {
            await step.Context.SendActivityAsync(answer == CardActions.DeletionCancel
                ? "Okay, I haven't deleted anything. Say \"delete my account\" whenever you want to start again."
                : "I couldn't verify it's you, so I haven't deleted anything. Say \"delete my account\" to start again, or \"talk to a human\".",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var identity = step.Values.GetValue<VerifiedIdentity>(IdentityKey)!;
        var plan = step.Values.GetValue<DeletionPlan>(PlanKey)!;
        var scheduled = await _scheduler.RequestAsync(new DeletionRequest(
            identity.UserId, plan.OwnedAccountIds, step.Context.Activity.GetConversationReference(), identity.Email,
            DeletionActors.User(identity.UserId), CaseId: step.Values.GetValue<string>(CaseIdKey)), cancellationToken).ConfigureAwait(false);
        LogScheduled(_logger, scheduled.CaseId, scheduled.State);
        if (scheduled.State != DeletionCaseState.Scheduled || scheduled.GraceUntil is not { } runsAt)
        {
            await step.Context.SendActivityAsync(CaseCommandDialog.StatusMessage(scheduled, CardMessages.HostFor(step.Context),
                "You already have a deletion request, so I didn't start another one."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(scheduled.CaseId, cancellationToken).ConfigureAwait(false);
        }

        var card = ScheduledCard.Build(new ScheduledCardInput(scheduled.CaseId, runsAt, runsAt + _purge.Delay), CardMessages.HostFor(step.Context));
        await step.Context.SendActivityAsync(CardMessages.Create(card,
            $"Done. Your deletion is scheduled (case {scheduled.CaseId}). It runs on {runsAt.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)}; "
            + "until then, say \"undo\" to cancel it."), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(scheduled.CaseId, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> ValidateInvoicesAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
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

    private async Task<bool> ValidateConfirmationAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var activity = prompt.Context.Activity;
        var submit = activity.Value as JsonObject;
        var action = CardMessages.ActionOf(activity);
        if (action == CardActions.DeletionCancel)
        {
            prompt.Recognized.Value = CardActions.DeletionCancel;
            return true;
        }

        var answer = action == CardActions.DeletionConfirm
            ? (submit?[ConfirmationCard.CodeInputId] as JsonValue)?.ToString() ?? (submit?[ConfirmationCard.EmailInputId] as JsonValue)?.ToString()
            : activity.Text;
        if (string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        var identity = await IdentityOfTurnAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return false;
        }

        var result = await _stepUp.VerifyAsync(identity, answer.Trim(), cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case StepUpStatus.Ok:
                prompt.Recognized.Value = Verified;
                return true;
            case StepUpStatus.Wrong:
                await prompt.Context.SendActivityAsync($"That doesn't match. {result.AttemptsLeft} attempt(s) left.", cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return false;
            default:
                prompt.Recognized.Value = null;
                await prompt.Context.SendActivityAsync("That's too many attempts (or the code expired).", cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
        }
    }

    private Task<VerifiedIdentity?> IdentityOfTurnAsync(Runtime.Turns.ITurnContext turnContext, CancellationToken cancellationToken) =>
        _accessors.GetVerifiedAsync(turnContext, cancellationToken);

    protected override async Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (command == HelpCommand && innerDc.ActiveDialog?.Id == IdentityDialog.Id)
        {
            await innerDc.Context.SendActivityAsync(IdentityTexts.WhyWeVerify, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Waiting);
        }

        return await base.OnCommandAsync(innerDc, command, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var where = innerDc.ActiveDialog?.Id switch
        {
            IdentityDialog.Id => "checking who you are",
            ChecklistDialog.Id => "the checklist of what to do before deletion",
            InvoicesPrompt => "your invoices",
            ConfirmPrompt => "the final confirmation",
            _ => "getting started",
        };
        await innerDc.Context.SendActivityAsync($"We're in the middle of deleting your account: {where}. Nothing has been deleted yet. "
            + "Say \"cancel\" to stop.", cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string NewCardId() => "card_" + Guid.NewGuid().ToString("N")[..12];

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? email : email[0] + new string('•', Math.Min(at - 1, 6)) + email[at..];
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Deletion routed to {Route}.")]
    private static partial void LogRouted(ILogger logger, DeletionRoute route);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Deletion confirmed: case {CaseId} is {State}.")]
    private static partial void LogScheduled(ILogger logger, string caseId, DeletionCaseState state);
}
