using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Starts the admin-approval route for a case already in <c>AwaitingApproval</c>: every current super administrator
/// of the account gets the approval card proactively (Teams personal chat, or email with a link that opens the bot).
/// </summary>
public interface IApprovalRequests
{
    /// <param name="requesterTurn">The requesting user's turn (its conversation reference is kept for the notice).</param>
    Task<ApprovalRequestOutcome> RequestAsync(ITurnContext requesterTurn, ApprovalRequest request, CancellationToken cancellationToken);
}
