namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// Which registered bot states the turn gate reads when a turn enters: the ones a turn on this host has used. A state
/// no turn uses (a bot that keeps nothing per user, say) is never read, so a turn costs only the states its bot keeps.
/// The first turn that uses a state reads it itself, under the lease (one more storage read, once per state for the
/// life of the host); from then on the gate reads it together with the lease. Once learned, a state stays learned.
/// </summary>
internal sealed class PrefetchedStates(int count)
{
    private readonly bool[] _learned = new bool[count];

    /// <summary>Whether the state at <paramref name="index"/> is read when a turn enters.</summary>
    public bool Includes(int index) => Volatile.Read(ref _learned[index]);

    /// <summary>Reads the state at <paramref name="index"/> when later turns enter.</summary>
    public void Learn(int index) => Volatile.Write(ref _learned[index], true);

    /// <summary>How many states are read when a turn enters (for tests).</summary>
    public int Count => _learned.Count(learned => learned);
}
