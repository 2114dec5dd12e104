namespace Khulnasoft.Cards.Handoff;

/// <summary>Who took the conversation, and when.</summary>
public sealed record HandoffAcceptance(string AgentName, DateTimeOffset At);
