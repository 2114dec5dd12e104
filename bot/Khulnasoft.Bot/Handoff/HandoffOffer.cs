using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// One agent asked to take the conversation: their personal chat with the bot and the id of the request card there
/// (updated when someone accepts). Both are null while the card is still being sent.
/// </summary>
public sealed record HandoffOffer(HandoffAgent Agent, ConversationReference? Conversation, string? CardActivityId, DateTimeOffset OfferedAt);
