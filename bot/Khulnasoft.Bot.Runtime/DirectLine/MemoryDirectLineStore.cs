using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The single-instance store: a DI singleton whose data lives as long as the process (or the retention TTL,
/// whichever ends first). Use Redis when more than one instance serves the bot.
/// </summary>
public sealed class MemoryDirectLineStore(IOptions<DirectLineOptions> options, DirectLineSignals signals, TimeProvider clock) : IDirectLineStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DirectLineAttachment Attachment, DateTimeOffset ExpiresAt)> _attachments = new(StringComparer.Ordinal);
    private readonly TimeSpan _ttl = options.Value.RetentionTtl;
    private readonly int _maxFiles = options.Value.MaxConversationUploadFiles;
    private readonly long _maxBytes = options.Value.MaxConversationUploadBytes;

    public Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_gate)
        {
            Sweep();
            if (_conversations.ContainsKey(conversation.Id))
            {
                return Task.FromResult(false);
            }

            _conversations[conversation.Id] = new Entry(conversation) { ExpiresAt = clock.GetUtcNow() + _ttl };
            return Task.FromResult(true);
        }
    }

    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Find(conversationId)?.Conversation);
        }
    }

    public Task<bool> TryMarkMembersAddedAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Find(conversationId);
            if (entry is null || entry.MembersAdded)
            {
                return Task.FromResult(false);
            }

            entry.MembersAdded = true;
            return Task.FromResult(true);
        }
    }

    public Task<long> AppendActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        long sequence;
        lock (_gate)
        {
            var entry = Find(conversationId) ?? throw new InvalidOperationException("The conversation does not exist.");
            var stored = activity.Clone();
            sequence = entry.Activities.Count + 1;
            stored.Id = DirectLineActivityIds.For(conversationId, sequence);
            entry.Activities.Add(stored);
            entry.ExpiresAt = clock.GetUtcNow() + _ttl;
        }

        signals.Notify(conversationId);
        return Task.FromResult(sequence);
    }

    public Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Find(conversationId);
            if (entry is null || watermark >= entry.Activities.Count)
            {
                return Task.FromResult(new DirectLineActivityPage([], watermark));
            }

            var page = entry.Activities.Skip((int)Math.Max(0, watermark)).Take(max).Select(a => a.Clone()).ToList();
            return Task.FromResult(new DirectLineActivityPage(page, Math.Max(0, watermark) + page.Count));
        }
    }

    public Task<long> GetWatermarkAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)(Find(conversationId)?.Activities.Count ?? 0));
        }
    }

    public Task<DirectLineUploadQuota> TryReserveUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (Find(conversationId) is not { } entry)
            {
                // Gone since the endpoint looked it up: nothing to count against; the upload's files expire anyway.
                return Task.FromResult(new DirectLineUploadQuota(true, _ttl));
            }

            if (entry.UploadWindowEnds <= now)
            {
                entry.UploadFiles = 0;
                entry.UploadBytes = 0;
                entry.UploadWindowEnds = now + _ttl;
            }

            var resetsIn = entry.UploadWindowEnds - now;
            if (entry.UploadFiles + files > _maxFiles || entry.UploadBytes + bytes > _maxBytes)
            {
                return Task.FromResult(new DirectLineUploadQuota(false, resetsIn));
            }

            entry.UploadFiles += files;
            entry.UploadBytes += bytes;
            return Task.FromResult(new DirectLineUploadQuota(true, resetsIn));
        }
    }

    public Task ReleaseUploadAsync(string conversationId, int files, long bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Find(conversationId) is { } entry)
            {
                entry.UploadFiles = Math.Max(0, entry.UploadFiles - files);
                entry.UploadBytes = Math.Max(0, entry.UploadBytes - bytes);
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveAttachmentAsync(DirectLineAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        lock (_gate)
        {
            _attachments[attachment.Id] = (attachment, clock.GetUtcNow() + _ttl);
        }

        return Task.CompletedTask;
    }

    public Task<DirectLineAttachment?> GetAttachmentAsync(string attachmentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _attachments.TryGetValue(attachmentId, out var found) && found.ExpiresAt > clock.GetUtcNow() ? found.Attachment : null);
        }
    }

    private Entry? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var entry) && entry.ExpiresAt > clock.GetUtcNow() ? entry : null;

    // Called under the lock on every new conversation, so memory is bounded by the conversations of one TTL.
    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var id in _conversations.Where(c => c.Value.ExpiresAt <= now).Select(c => c.Key).ToList())
        {
            _conversations.Remove(id);
        }

        foreach (var id in _attachments.Where(a => a.Value.ExpiresAt <= now).Select(a => a.Key).ToList())
        {
            _attachments.Remove(id);
        }
    }

    private sealed class Entry(DirectLineConversation conversation)
    {
        public DirectLineConversation Conversation { get; } = conversation;

        public List<Activity> Activities { get; } = [];

        public bool MembersAdded { get; set; }

        public int UploadFiles { get; set; }

        public long UploadBytes { get; set; }

        public DateTimeOffset UploadWindowEnds { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
