namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>A file uploaded into a conversation, served back from an unguessable URL until the retention TTL ends.</summary>
public sealed record DirectLineAttachment(string Id, string ConversationId, string ContentType, string? Name, ReadOnlyMemory<byte> Content);
