using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// What deletion would touch and which way it goes, read live. Shows the blast radius; a user with a case in progress
/// is told where it stands instead, and an approved case continues. Contract accounts go to their CSM (the step waits
/// while the CSM has the conversation, then reads the route again), SSO users who aren't super administrators to
/// approval (the conversation ends here until the approvers decide). Begun with the <see cref="VerifiedIdentity"/>;
/// ends with the <see cref="DeletionFlow"/> when the user goes on to the checklist, otherwise with null.
/// </summary>
public sealed partial class RouteStep : ComponentDialog
{
    public new const string Id = "route";

    private const string CsmPrompt = "csmPrompt";

    private readonly DeletionPlanner _planner;
    private readonly DeletionScheduler _scheduler;
    private readonly IApprovalRequests _approvals;
    private readonly IHandoffRequests _handoff;
    private readonly HandoffContextBuilder _handoffContext;
    private readonly ILogger<RouteStep> _logger;

    public RouteStep(
        DeletionPlanner planner,
        DeletionScheduler scheduler,
        IApprovalRequests approvals,
        IHandoffRequests handoff,
        HandoffContextBuilder handoffContext,
        ILogger<RouteStep> logger)
        : base(Id)
    {
        (_planner, _scheduler, _approvals, _handoff, _handoffContext, _logger) = (planner, scheduler, approvals, handoff, handoffContext, logger);
        AddDialog(new WaterfallDialog("routeSteps", [PlanAndRouteAsync, AfterCsmAsync]));
        AddDialog(new TextPrompt(CsmPrompt));
        InitialDialogId = "routeSteps";
    }

    private async Task<DialogTurnResult> PlanAndRouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var identity = StepValues.Required<VerifiedIdentity>(step);
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
        await step.Context.SendActivityAsync(
            CardMessages.Create(BlastRadiusCard.Build(new BlastRadiusCardInput(plan.Scope, CardMessages.NewCardId()), CardMessages.HostFor(step.Context))),
            cancellationToken).ConfigureAwait(false);

        if (existing is { State: DeletionCaseState.Approved })
        {
            var approvedBy = string.Join(", ", existing.ApprovedBy);
            await step.Context.SendActivityAsync($"Your request was approved by {approvedBy}. Let's finish the remaining steps.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new DeletionFlow(identity, plan, existing.CaseId, approvedBy), cancellationToken).ConfigureAwait(false);
        }

        return await RouteAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken) =>
        plan.Route switch
        {
            DeletionRoute.CustomerSuccess => await RouteToCsmAsync(step, identity, plan, cancellationToken).ConfigureAwait(false),
            DeletionRoute.AdminApproval => await RouteToApprovalAsync(step, identity, plan, cancellationToken).ConfigureAwait(false),
            _ => await step.EndDialogAsync(new DeletionFlow(identity, plan), cancellationToken).ConfigureAwait(false),
        };

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

        // The step waits here while the CSM has the conversation; after they hand it back, the user's next message
        // continues from here (the hand-back re-sends this prompt).
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
        var identity = StepValues.Required<VerifiedIdentity>(step);
        var plan = await _planner.PlanAsync(identity, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(EventId = 5101, EventName = "LogRouted", Level = LogLevel.Information, Message = "Deletion routed to {Route}.")]
    private static partial void LogRouted(ILogger logger, DeletionRoute route);
}
