namespace Khulnasoft.Cards.Handoff;

/// <summary>One message of the conversation so far, as the agent sees it (one-time codes already removed).</summary>
public sealed record TranscriptLine(DateTimeOffset At, string From, string Text);
