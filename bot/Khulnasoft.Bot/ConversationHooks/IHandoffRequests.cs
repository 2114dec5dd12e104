using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Hands the user's conversation to a human: emits the Bot Framework <c>handoff.initiate</c> event for external
/// agent hubs and offers the conversation to the built-in hub (the account's CSM, or <c>Support:Agents</c>).
/// Until an agent hands it back, the handoff's message interceptor owns the conversation.
/// </summary>
public interface IHandoffRequests
{
    /// <summary>
    /// Call inside a turn of the user's conversation. When agents were asked, it tells the user who (or that they're
    /// queued) itself; when nobody could be asked it says nothing, returns <see cref="HandoffStartOutcome.AgentAvailable"/>
    /// false and has already requested the email follow-up (to the CSM or <c>Support:FollowUpAddress</c>, when the
    /// user is identified): the caller tells the user. A conversation already waiting for or talking to a human is
    /// told so, and the open handoff is returned.
    /// </summary>
    Task<HandoffStartOutcome> RequestAsync(ITurnContext userTurn, HandoffRequest request, CancellationToken cancellationToken);

    /// <summary>True while the conversation is waiting for, or talking to, a human agent.</summary>
    Task<bool> IsActiveAsync(ITurnContext userTurn, CancellationToken cancellationToken);
}
