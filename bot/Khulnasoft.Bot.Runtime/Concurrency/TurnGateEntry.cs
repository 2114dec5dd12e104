namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>The result of trying to enter a conversation's turn.</summary>
public sealed class TurnGateEntry
{
    private TurnGateEntry(TurnGateStatus status) => Status = status;

    public TurnGateStatus Status { get; }

    /// <summary>
    /// The value <see cref="States"/> holds for a key whose stored ETag is the one the caller said it already holds
    /// (see <see cref="ITurnGateStore.TryEnterAsync(string, string?, IReadOnlyList{string}, IReadOnlyList{string?}, CancellationToken)"/>).
    /// </summary>
    public static object Unchanged { get; } = new UnchangedState();

    /// <summary>The lease to finish the turn with (status <see cref="TurnGateStatus.Entered"/>).</summary>
    public TurnLease? Lease { get; private init; }

    /// <summary>The state values read with the lease, by storage key (missing keys left out).</summary>
    public IDictionary<string, object> States { get; private init; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>The recorded answer (status <see cref="TurnGateStatus.Duplicate"/>).</summary>
    public ProcessedTurn? Processed { get; private init; }

    /// <summary>How long the current holder's lease still runs (status <see cref="TurnGateStatus.Busy"/>).</summary>
    public TimeSpan RetryAfter { get; private init; }

    public static TurnGateEntry Entered(TurnLease lease, IDictionary<string, object> states) => new(TurnGateStatus.Entered) { Lease = lease, States = states };

    public static TurnGateEntry Duplicate(ProcessedTurn processed) => new(TurnGateStatus.Duplicate) { Processed = processed };

    public static TurnGateEntry Busy(TimeSpan retryAfter) => new(TurnGateStatus.Busy) { RetryAfter = retryAfter };

    private sealed class UnchangedState
    {
        public override string ToString() => "(unchanged)";
    }
}
