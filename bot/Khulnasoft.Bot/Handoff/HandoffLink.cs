namespace Khulnasoft.Bot.Handoff;

/// <summary>Marks a conversation as taking part in a handoff (stored under the conversation, so it expires with it).</summary>
public sealed class HandoffLink
{
    public required string HandoffId { get; init; }

    public required HandoffRole Role { get; init; }
}
