namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Where a user's deletion conversation stands, kept per Khulnasoft user (not per conversation), so a user who comes
/// back in another conversation or channel continues at the same step once they have proven who they are there.
/// </summary>
/// <param name="Stage">The step dialog's id: the checklist, the invoices or the confirmation.</param>
/// <param name="CaseId">The case the confirmation opens (from the confirm step on).</param>
/// <param name="ConversationId">The conversation it was reached in.</param>
public sealed record DeletionProgress(string Stage, string? CaseId, string? ConversationId, DateTimeOffset At);
