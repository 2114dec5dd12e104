using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Hands the user's conversation to a human: emits the Bot Framework <c>handoff.initiate</c> event for external
/// agent hubs and offers the conversation to the built-in hub (the account's CSM, or <c>Support:Agents</c>).
/// Until an agent hands it back, the handoff's message interceptor owns the conversation.
/// </summary>
public interface IHandoffRequests
{
    Task<HandoffStartOutcome> RequestAsync(ITurnContext userTurn, HandoffRequest request, CancellationToken cancellationToken);

    /// <summary>True while the conversation is waiting for, or talking to, a human agent.</summary>
    Task<bool> IsActiveAsync(ITurnContext userTurn, CancellationToken cancellationToken);
}
