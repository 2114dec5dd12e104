using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// The funnel in memory (the embedded default without Redis: one instance, lost on restart), with the Redis store's
/// rules: a conversation counts once per step within <see cref="FunnelOptions.DedupWindow"/> of its last step, and
/// days older than <see cref="FunnelOptions.Retention"/> are dropped. Unlike Redis, the process's memory is the limit,
/// so at most <see cref="FunnelOptions.MemoryConversations"/> conversations are remembered: they are kept in order of
/// their last step, and the least recently active goes first, whether idle past the window or pushed out when full.
/// (Hand-written: <c>MemoryCache</c>'s size limit refuses new entries and compacts later, on another thread, so which
/// conversations it kept would depend on timing.)
/// </summary>
public sealed class MemoryFunnelStore(IOptions<FunnelOptions> options, TimeProvider clock) : IFunnelStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Visit>> _conversations = new(StringComparer.Ordinal);
    private readonly LinkedList<Visit> _byLastStep = new();
    private readonly SortedDictionary<DateOnly, Dictionary<string, long>> _days = [];
    private DateTimeOffset _forgotDaysAt = DateTimeOffset.MinValue;

    /// <summary>Conversations remembered now (for tests and the soak).</summary>
    public int Conversations
    {
        get
        {
            lock (_lock)
            {
                return _conversations.Count;
            }
        }
    }

    public Task<bool> ReachAsync(string step, string conversationHash, DateOnly day, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            ForgetIdle(now);
            var visit = Touch(conversationHash, now);
            if (!visit.Steps.Add(step))
            {
                return Task.FromResult(false);
            }

            if (!_days.TryGetValue(day, out var counts))
            {
                _days[day] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            counts[step] = counts.GetValueOrDefault(step) + 1;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyDictionary<string, long>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (_, counts) in _days.Where(d => d.Key >= from && d.Key <= to))
            {
                foreach (var (step, count) in counts)
                {
                    totals[step] = totals.GetValueOrDefault(step) + count;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, long>>(totals);
    }

    /// <summary>The conversation's visit, moved to the most recent end (a new one when unknown; the oldest goes when full).</summary>
    private Visit Touch(string conversationHash, DateTimeOffset now)
    {
        if (_conversations.TryGetValue(conversationHash, out var node))
        {
            _byLastStep.Remove(node);
        }
        else
        {
            if (_conversations.Count >= options.Value.MemoryConversations)
            {
                Forget(_byLastStep.First!);
            }

            node = new LinkedListNode<Visit>(new Visit(conversationHash, new HashSet<string>(StringComparer.Ordinal)));
            _conversations[conversationHash] = node;
        }

        node.Value.LastStep = now;
        _byLastStep.AddLast(node);
        return node.Value;
    }

    /// <summary>Drops conversations idle longer than the dedup window (oldest first, so it stops at the first recent one) and, once a minute, days past the retention.</summary>
    private void ForgetIdle(DateTimeOffset now)
    {
        while (_byLastStep.First is { } oldest && now - oldest.Value.LastStep > options.Value.DedupWindow)
        {
            Forget(oldest);
        }

        if (now - _forgotDaysAt < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _forgotDaysAt = now;
        var oldestDay = DateOnly.FromDateTime(now.UtcDateTime - options.Value.Retention);
        foreach (var day in _days.Keys.Where(d => d < oldestDay).ToList())
        {
            _days.Remove(day);
        }
    }

    private void Forget(LinkedListNode<Visit> node)
    {
        _byLastStep.Remove(node);
        _conversations.Remove(node.Value.ConversationHash);
    }

    private sealed class Visit(string conversationHash, HashSet<string> steps)
    {
        public string ConversationHash { get; } = conversationHash;

        public HashSet<string> Steps { get; } = steps;

        public DateTimeOffset LastStep { get; set; }
    }
}
