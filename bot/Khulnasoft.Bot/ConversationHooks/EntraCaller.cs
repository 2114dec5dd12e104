namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>The Entra identity (object id, lower case, and tenant) Teams vouched for on a channel-authenticated turn.</summary>
public sealed record EntraCaller(string ObjectId, string TenantId);
