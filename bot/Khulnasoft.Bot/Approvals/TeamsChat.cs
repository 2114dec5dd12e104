namespace Khulnasoft.Bot.Approvals;

/// <summary>A personal Teams chat the bot opened with someone: where to send, and their Teams user id there.</summary>
public sealed record TeamsChat(string ServiceUrl, string ConversationId, string TenantId, string TeamsUserId);
