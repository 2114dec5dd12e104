using Khulnasoft.Bot.Conversation.Prompts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards.Handoff;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// What deletion would touch and which way it goes, read live. Shows the blast radius; a user with a case in progress
/// is told where it stands instead, and an approved case continues. Contract accounts go to their CSM (the step waits
/// while the CSM has the conversation, then reads the route again), SSO users who aren't super administrators to
/// approval (the conversation ends here until the approvers decide). Begun with the <see cref="VerifiedIdentity"/>;
/// ends with the <see cref="DeletionFlow"/> when the user goes on to the checklist, otherwise with null. A user who
/// comes back to a deletion they left at a later step (in another conversation or channel, <see cref="DeletionStages"/>)
/// goes on from that step, with every fact read live again.
/// </summary>
public sealed partial class RouteStep : ComponentDialog
{
    public new const string Id = "route";

    private const string CsmPrompt = "csmPrompt";

    private readonly DeletionPlanner _planner;
    private readonly DeletionScheduler _scheduler;
    private readonly IApprovalRequests _approvals;
    private readonly HumanHandoff _handoff;
    private readonly DeletionStages _stages;
    private readonly IFunnelEvents _funnel;
    private readonly ILogger<RouteStep> _logger;

    public RouteStep(
        DeletionPlanner planner,
        DeletionScheduler scheduler,
        IApprovalRequests approvals,
        HumanHandoff handoff,
        ResumeDialog resume,
        DeletionStages stages,
        IFunnelEvents funnel,
        ILogger<RouteStep> logger)
        : base(Id)
    {
        AddDialog(resume);
        (_planner, _scheduler, _approvals, _handoff, _stages, _funnel, _logger) = (planner, scheduler, approvals, handoff, stages, funnel, logger);
        AddDialog(new WaterfallDialog("routeSteps", [PlanAndRouteAsync, AfterCsmAsync]));
        AddDialog(new LocalizedTextPrompt<CsmQuestion>(CsmPrompt, AskToContinue));
        InitialDialogId = "routeSteps";
    }

    private async Task<DialogTurnResult> PlanAndRouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var identity = StepValues.Required<VerifiedIdentity>(step);
        var existing = await _scheduler.FindActiveAsync(identity.UserId, cancellationToken).ConfigureAwait(false);
        if (existing is { State: DeletionCaseState.Blocked })
        {
            // A paused deletion is not a dead end: the user gets what blocks it, and resumes it once nothing does.
            return await step.ReplaceDialogAsync(ResumeDialog.Id, new ResumeRequest(identity, existing.CaseId), cancellationToken).ConfigureAwait(false);
        }

        if (existing is not null && existing.State != DeletionCaseState.Approved)
        {
            await step.Context.SendActivityAsync(CaseCommandDialog.StatusMessage(existing, CardMessages.HostFor(step.Context),
                existing.State == DeletionCaseState.AwaitingApproval
                    ? ConversationTexts.StillAwaitingApproval
                    : ConversationTexts.AlreadyInProgressNothingToStart), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var plan = await _planner.PlanAsync(identity, cancellationToken).ConfigureAwait(false);
        if (existing is null && plan.Route == DeletionRoute.SelfServe
            && await _stages.FindAsync(identity.UserId, cancellationToken).ConfigureAwait(false) is { } progress)
        {
            LogResumed(_logger, progress.Stage);
            await step.Context.SendActivityAsync(ConversationTexts.ResumeStage(DeletionDialog.Where(progress.Stage)), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(new DeletionFlow(identity, plan, progress.CaseId, ResumeAt: progress.Stage), cancellationToken).ConfigureAwait(false);
        }

        await step.Context.SendActivityAsync(
            CardMessages.Create(BlastRadiusCard.Build(new BlastRadiusCardInput(plan.Scope, CardMessages.NewCardId()), CardMessages.HostFor(step.Context))),
            cancellationToken).ConfigureAwait(false);

        if (existing is { State: DeletionCaseState.Approved })
        {
            var approvedBy = string.Join(", ", existing.ApprovedBy);
            await step.Context.SendActivityAsync(ConversationTexts.ApprovedBy(approvedBy),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new DeletionFlow(identity, plan, existing.CaseId, approvedBy), cancellationToken).ConfigureAwait(false);
        }

        return await RouteAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        var routed = plan.Route switch
        {
            DeletionRoute.CustomerSuccess => FunnelSteps.RoutedCsm,
            DeletionRoute.AdminApproval => FunnelSteps.RoutedApproval,
            _ => FunnelSteps.RoutedSelfServe,
        };
        await _funnel.ReachedAsync(step.Context, routed, cancellationToken).ConfigureAwait(false);
        return plan.Route switch
        {
            DeletionRoute.CustomerSuccess => await RouteToCsmAsync(step, identity, plan, cancellationToken).ConfigureAwait(false),
            DeletionRoute.AdminApproval => await RouteToApprovalAsync(step, identity, plan, cancellationToken).ConfigureAwait(false),
            _ => await step.EndDialogAsync(new DeletionFlow(identity, plan), cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<DialogTurnResult> RouteToCsmAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        LogRouted(_logger, DeletionRoute.CustomerSuccess);
        await step.Context.SendActivityAsync(ConversationTexts.CsmRoute(plan.RouteAccountName ?? ""), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var outcome = await _handoff.ToCustomerSuccessAsync(step.Context, identity, plan, cancellationToken).ConfigureAwait(false);
        if (!outcome.AgentAvailable)
        {
            await step.Context.SendActivityAsync(ConversationTexts.CsmUnreachable(identity.Email), cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The step waits here while the CSM has the conversation; after they hand it back, the user's next message
        // continues from here (the hand-back re-sends this prompt).
        return await step.PromptAsync(CsmPrompt, new PromptOptions { Template = new CsmQuestion(plan.RouteAccountName ?? "") }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static PromptActivities AskToContinue(ITurnContext turnContext, CsmQuestion question) =>
        new(Activity.CreateMessageActivity(ConversationTexts.CsmContinue(question.AccountName)));

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
            await step.Context.SendActivityAsync(ConversationTexts.CsmStillUnderContract(plan.RouteAccountName ?? ""), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await step.Context.SendActivityAsync(ConversationTexts.ContractEnded, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await RouteAsync(step, identity, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteToApprovalAsync(WaterfallStepContext step, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        LogRouted(_logger, DeletionRoute.AdminApproval);
        var request = await _scheduler.RequestAsync(new DeletionRequest(
            identity.UserId, plan.OwnedAccountIds, step.Context.Activity.GetConversationReference(), identity.Email,
            DeletionActors.User(identity.UserId), RequiresApproval: true, Language: ConfirmStep.UserLanguageNow()), cancellationToken).ConfigureAwait(false);
        var asked = await _approvals.RequestAsync(step.Context,
            new ApprovalRequest(request.CaseId, identity, plan.RouteAccountId!, plan.RouteAccountName ?? plan.RouteAccountId!, plan.Scope), cancellationToken)
            .ConfigureAwait(false);
        var who = asked.ApproverNames.Count == 0 ? ConversationTexts.ItsSuperAdministrators : string.Join(ConversationTexts.NamesAnd, asked.ApproverNames);
        await step.Context.SendActivityAsync(ConversationTexts.ApprovalRoute(plan.RouteAccountName ?? "", who, request.CaseId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5103, EventName = "LogResumed", Level = LogLevel.Information, Message = "Deletion resumed at step {Stage}.")]
    private static partial void LogResumed(ILogger logger, string stage);

    [LoggerMessage(EventId = 5101, EventName = "LogRouted", Level = LogLevel.Information, Message = "Deletion routed to {Route}.")]
    private static partial void LogRouted(ILogger logger, DeletionRoute route);
}
