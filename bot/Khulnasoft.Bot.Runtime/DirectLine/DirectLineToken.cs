namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The claims of a Direct Line token: bound to one conversation, optionally to one user (the id the embedding
/// site's backend gave when it generated the token), and expiring.
/// </summary>
public sealed record DirectLineToken(
    string ConversationId,
    string? UserId,
    string? UserName,
    DirectLineTokenScope Scope,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt);
