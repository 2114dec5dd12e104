namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>What happened when a handoff was requested: its id, who was offered the conversation (display names), and
/// false in <paramref name="AgentAvailable"/> when nobody can take it (the user is offered an email follow-up).</summary>
public sealed record HandoffStartOutcome(string HandoffId, IReadOnlyList<string> OfferedTo, bool AgentAvailable);
