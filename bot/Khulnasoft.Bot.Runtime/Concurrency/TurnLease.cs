namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The right to run one turn of a conversation. <see cref="Fence"/> is a fencing token that grows with every
/// lease of the conversation: a holder whose lease expired and was taken over can no longer save.
/// </summary>
public sealed record TurnLease(string ConversationTag, string? ActivityId, string Owner, long Fence)
{
    /// <summary>What the store that issued the lease keeps for the turn's end (e.g. the Redis keys it already spelled).</summary>
    internal object? StoreState { get; init; }
}
