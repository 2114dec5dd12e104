using Khulnasoft.Bot.Runtime.State;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The states this instance saved (or read unchanged) at the end of a turn, kept deserialized for the conversation's
/// next turn, each with the ETag it had in storage. A turn takes its states out before entering and tells the store the
/// ETags it holds; only where the store still has exactly that ETag (checked under the lease, in the same step that
/// reads the others) is the taken state used instead of the stored copy. Anything else (another instance or any other
/// writer changed the key, the turn failed or was a duplicate) means the taken state is dropped or put back untouched,
/// so a turn never runs on a state that is not what storage holds. Taking removes the entry: two turns (e.g. two
/// conversations of one user sharing user state) can never hold the same cached object.
/// Bounded: two generations of at most <c>capacity / 2</c> entries each; a full young generation becomes the old one
/// and the old one is dropped, so states not used for a while leave without a per-entry clock.
/// </summary>
internal sealed class VerifiedStateCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly int _generationSize = Math.Max(1, capacity / 2);
    private Dictionary<string, CachedBotState> _young = new(StringComparer.Ordinal);
    private Dictionary<string, CachedBotState> _old = new(StringComparer.Ordinal);

    public bool Enabled => capacity > 0;

    /// <summary>Entries kept (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _young.Count + _old.Count;
            }
        }
    }

    /// <summary>Removes and returns the state kept for <paramref name="key"/>, if any.</summary>
    public CachedBotState? Take(string key)
    {
        if (!Enabled)
        {
            return null;
        }

        lock (_lock)
        {
            if (_young.Remove(key, out var state) || _old.Remove(key, out state))
            {
                return state;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="state"/> (whose <see cref="CachedBotState.ETag"/> is what storage holds for <paramref name="key"/>).</summary>
    public void Put(string key, CachedBotState state)
    {
        if (!Enabled || state.ETag is null)
        {
            return;
        }

        lock (_lock)
        {
            _old.Remove(key);
            _young[key] = state;
            if (_young.Count >= _generationSize)
            {
                _old = _young;
                _young = new Dictionary<string, CachedBotState>(StringComparer.Ordinal);
            }
        }
    }
}
