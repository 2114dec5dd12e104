using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The agent behind an activity: their Entra object id, which Teams vouches for, and the chat it came from. Agents
/// act in Teams only (in Web Chat anyone could claim an object id).
/// </summary>
public sealed record AgentCaller(string AgentId, ConversationReference Conversation)
{
    public static AgentCaller? From(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) || activity.From?.AadObjectId is not { Length: > 0 } objectId)
        {
            return null;
        }

        var conversation = activity.GetConversationReference();
        conversation.ActivityId = null;
        return new AgentCaller(objectId.ToLowerInvariant(), conversation);
    }

    /// <summary>True when this caller is the agent who owns <paramref name="record"/> right now.</summary>
    public bool Owns(HandoffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record is { State: HandoffState.Active, Agent: { IsExternal: false } agent } && agent.IsSame(AgentId);
    }
}
