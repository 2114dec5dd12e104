using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Handoff;

/// <summary>The last messages of one conversation (oldest first), kept for a human agent.</summary>
public sealed class ConversationTranscript : IStoreItem
{
    public IReadOnlyList<TranscriptEntry> Entries { get; set; } = [];

    public string? ETag { get; set; }
}
