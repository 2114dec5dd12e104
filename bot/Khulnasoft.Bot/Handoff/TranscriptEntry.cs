namespace Khulnasoft.Bot.Handoff;

/// <summary>One message of a conversation as the transcript keeps it: one-time codes already masked.</summary>
/// <param name="Role"><c>user</c>, <c>bot</c> or <c>agent</c>.</param>
public sealed record TranscriptEntry(DateTimeOffset At, string Role, string Name, string Text);
