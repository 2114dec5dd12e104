namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>The checklist step's own state: the flow it was begun with (invoices marked when sent), the card's id and the message showing it.</summary>
/// <param name="ActivityId">The message that shows the card (known when it went through the Connector), updated in place in Teams.</param>
/// <param name="Fix">The "Do it for me" waiting for Confirm or Keep it (typed answers go to it), or null.</param>
public sealed record ChecklistState(DeletionFlow Flow, string CardId, string? ActivityId, PendingFix? Fix = null);
