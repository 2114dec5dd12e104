namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>Who was asked (display names, for "I've asked Grace Hopper to approve").</summary>
public sealed record ApprovalRequestOutcome(IReadOnlyList<string> ApproverNames);
