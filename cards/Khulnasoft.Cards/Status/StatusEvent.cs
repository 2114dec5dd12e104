namespace Khulnasoft.Cards.Status;

/// <summary>One line of a case's history.</summary>
public sealed record StatusEvent(DateTimeOffset At, string Text);
