using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The agent behind an activity: their Entra object id, which Teams vouches for on a channel-authenticated turn
/// (<see cref="ChannelIdentityResolver.TeamsCaller"/>), and the chat it came from. Agents act in Teams only (in Web
/// Chat, or on an unauthenticated turn, anyone could claim an object id).
/// </summary>
public sealed record AgentCaller(string AgentId, ConversationReference Conversation)
{
    public static AgentCaller? From(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (ChannelIdentityResolver.TeamsCaller(turnContext) is not { } entra)
        {
            return null;
        }

        var conversation = turnContext.Activity.GetConversationReference();
        conversation.ActivityId = null;
        return new AgentCaller(entra.ObjectId, conversation);
    }

    /// <summary>True when this caller is the agent who owns <paramref name="record"/> right now.</summary>
    public bool Owns(HandoffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record is { State: HandoffState.Active, Agent: { IsExternal: false } agent } && agent.IsSame(AgentId);
    }
}
