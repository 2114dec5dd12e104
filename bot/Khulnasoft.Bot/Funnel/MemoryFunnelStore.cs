using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// The funnel in memory (the embedded default without Redis: one instance, lost on restart), with the Redis store's
/// rules: a conversation counts once per step within <see cref="FunnelOptions.DedupWindow"/> of its last step, and
/// days older than <see cref="FunnelOptions.Retention"/> are dropped.
/// </summary>
public sealed class MemoryFunnelStore(IOptions<FunnelOptions> options, TimeProvider clock) : IFunnelStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Touched, HashSet<string> Steps)> _conversations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, Dictionary<string, long>> _days = [];
    private DateTimeOffset _forgotAt = DateTimeOffset.MinValue;

    public Task<bool> ReachAsync(string step, string conversationHash, DateOnly day, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Forget(now);
            if (!_conversations.TryGetValue(conversationHash, out var seen))
            {
                seen = (now, new HashSet<string>(StringComparer.Ordinal));
            }

            _conversations[conversationHash] = (now, seen.Steps);
            if (!seen.Steps.Add(step))
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

    /// <summary>Drops conversations idle longer than the dedup window and days past the retention (under the lock; at most once a minute).</summary>
    private void Forget(DateTimeOffset now)
    {
        if (now - _forgotAt < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _forgotAt = now;
        foreach (var idle in _conversations.Where(c => now - c.Value.Touched > options.Value.DedupWindow).Select(c => c.Key).ToList())
        {
            _conversations.Remove(idle);
        }

        var oldest = DateOnly.FromDateTime(now.UtcDateTime - options.Value.Retention);
        foreach (var day in _days.Keys.Where(d => d < oldest).ToList())
        {
            _days.Remove(day);
        }
    }
}
