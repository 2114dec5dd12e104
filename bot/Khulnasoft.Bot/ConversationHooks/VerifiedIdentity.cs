namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>A Khulnasoft user the conversation has verified: vouched for by the channel (and confirmed by the
/// user), or proven with a one-time code sent to the account email.</summary>
public sealed record VerifiedIdentity(string UserId, string Email, string Name, IdentitySource Source);
