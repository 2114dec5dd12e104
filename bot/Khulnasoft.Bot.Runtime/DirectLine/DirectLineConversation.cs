namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>A started Direct Line conversation: who it belongs to (when a token bound a user) and when it began.</summary>
public sealed record DirectLineConversation(string Id, string? UserId, string? UserName, string? Locale, DateTimeOffset CreatedAt);
