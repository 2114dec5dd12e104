namespace Khulnasoft.Cards.Handoff;

/// <summary>An agent the conversation can be transferred to.</summary>
public sealed record AgentChoice(string AgentId, string Name);
