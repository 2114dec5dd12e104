using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// The admin-approval route: <see cref="IApprovalRequests"/> for the deletion dialog (ask the account's super
/// administrators) and <see cref="ICardActionHandler"/> for their clicks (<c>approval.approve</c>,
/// <c>approval.reject</c>, and Teams' <c>approval.refresh</c>).
/// </summary>
public sealed class ApprovalService(ApprovalRequester requester, ApprovalDecisions decisions) : IApprovalRequests, ICardActionHandler
{
    public Task<ApprovalRequestOutcome> RequestAsync(ITurnContext requesterTurn, ApprovalRequest request, CancellationToken cancellationToken) =>
        requester.RequestAsync(requesterTurn, request, cancellationToken);

    public bool CanHandle(string action) =>
        action is CardActions.ApprovalApprove or CardActions.ApprovalReject or CardActions.ApprovalRefresh;

    public Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionRequest request, CancellationToken cancellationToken) =>
        decisions.HandleAsync(turnContext, request, cancellationToken);
}
