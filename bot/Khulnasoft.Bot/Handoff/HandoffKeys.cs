namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// The storage keys of the handoff. Per-conversation keys sit under <c>{channelId}/conversations/{id}/</c>, so they
/// expire with the conversation state (<c>Storage:ConversationStateTtl</c>); the record itself is erased of
/// personal data when the handoff ends.
/// </summary>
public static class HandoffKeys
{
    public static string Record(string handoffId) => "handoff/" + handoffId;

    /// <summary>Which handoff a conversation (the user's, or an agent's personal chat) takes part in.</summary>
    public static string Link(string channelId, string conversationId) => channelId + "/conversations/" + conversationId + "/handoff";

    /// <summary>The last messages of a conversation (one-time codes masked).</summary>
    public static string Transcript(string channelId, string conversationId) => channelId + "/conversations/" + conversationId + "/transcript";

    /// <summary>The bot's personal Teams chat with an agent, created once and reused.</summary>
    public static string AgentConversation(string tenantId, string agentId) =>
        "handoff/agents/" + tenantId.ToLowerInvariant() + "/" + agentId.ToLowerInvariant();
}
