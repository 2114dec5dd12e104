using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The context a human agent sees when the conversation is handed to them: who asks, which account decided the
/// route and how far the user is with the checklist, read live from the account API. When the user isn't identified
/// yet, or the API can't answer, the agent still gets the handoff, with what is known.
/// </summary>
public sealed partial class HandoffContextBuilder(DeletionPlanner planner, ChecklistReader checklist, ILogger<HandoffContextBuilder> logger)
{
    public async Task<HandoffRequest> BuildAsync(
        HandoffReason reason, string userName, VerifiedIdentity? identity, DeletionPlan? plan, string? caseId, string route, CancellationToken cancellationToken)
    {
        if (identity is null)
        {
            return new HandoffRequest(reason, userName, null, null, null, caseId, route, 0, 0, []);
        }

        try
        {
            plan ??= await planner.PlanAsync(identity, cancellationToken).ConfigureAwait(false);
            var items = await checklist.ReadAsync(plan.OwnedAccountIds, "handoff", caseId, invoicesDownloaded: false, fixesFor: null, cancellationToken)
                .ConfigureAwait(false);
            return new HandoffRequest(reason, userName, identity.UserId, plan.RouteAccountId, plan.RouteAccountName, caseId, route,
                items.RequiredDone, items.RequiredTotal, [.. items.PendingLines]);
        }
        catch (AccountApiException e)
        {
            LogChecklistUnavailable(logger, e.GetType().Name);
            return new HandoffRequest(reason, userName, identity.UserId, plan?.RouteAccountId, plan?.RouteAccountName, caseId, route, 0, 0, []);
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Handing off without the checklist state: the account API answered {Error}.")]
    private static partial void LogChecklistUnavailable(ILogger logger, string error);
}
