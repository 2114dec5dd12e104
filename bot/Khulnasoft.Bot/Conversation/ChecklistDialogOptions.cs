namespace Khulnasoft.Bot.Conversation;

/// <summary>What the checklist covers: the accounts the deletion removes, for whom, and the case id to show.</summary>
public sealed record ChecklistDialogOptions(string UserId, IReadOnlyList<string> AccountIds, string? CaseId);
