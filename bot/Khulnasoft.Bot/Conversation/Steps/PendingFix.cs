namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>The fix whose consent card the checklist showed last, so a typed "confirm" or "keep it" answers it.</summary>
public sealed record PendingFix(string Item, string ResourceId);
