using Khulnasoft.Bot.Runtime.Storage;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Keeps the last <c>Support:TranscriptLength</c> messages of each conversation in <see cref="IStorage"/>, under the
/// conversation (the key expires with the conversation state) and no older than <c>Support:TranscriptRetention</c>.
/// Text is masked (<see cref="OneTimeCodes"/>) before it is stored.
/// </summary>
public sealed class TranscriptStore(IStorage storage, IOptions<SupportOptions> options, TimeProvider clock, ILogger<TranscriptStore> logger)
{
    private const int MaxConflictRetries = 5;

    public async Task<IReadOnlyList<TranscriptEntry>> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = HandoffKeys.Transcript(channelId, conversationId);
        var items = await storage.ReadAsync<ConversationTranscript>([key], cancellationToken).ConfigureAwait(false);
        var since = clock.GetUtcNow() - options.Value.TranscriptRetention;
        return items.TryGetValue(key, out var transcript) ? [.. transcript.Entries.Where(e => e.At >= since)] : [];
    }

    public async Task AppendAsync(string channelId, string conversationId, IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        var key = HandoffKeys.Transcript(channelId, conversationId);
        var masked = entries.Select(e => e with { Text = OneTimeCodes.Redact(e.Text) }).ToList();
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync<ConversationTranscript>([key], cancellationToken).ConfigureAwait(false);
            var transcript = items.TryGetValue(key, out var found) ? found : new ConversationTranscript();
            var since = clock.GetUtcNow() - settings.TranscriptRetention;
            transcript.Entries = [.. transcript.Entries.Where(e => e.At >= since).Concat(masked).TakeLast(settings.TranscriptLength)];
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = transcript }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                HandoffLog.Conflict(logger, "transcript", attempt);
            }
        }
    }
}
