using Khulnasoft.Bot.ConversationHooks;

namespace Khulnasoft.Bot.Conversation;

/// <summary>Who this user proved to be in this conversation, and when (reused for <c>ConversationOptions.IdentityReuse</c>).</summary>
public sealed record VerifiedSession(VerifiedIdentity Identity, DateTimeOffset VerifiedAt);
