using Khulnasoft.Bot.Runtime.State;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// Where the turn gate keeps leases, processed-activity records and state. Redis does each step in one round
/// trip (<see cref="RedisTurnGateStore"/>); <see cref="LocalTurnGateStore"/> serves a single instance on any <see cref="Storage.IStorage"/>.
/// </summary>
public interface ITurnGateStore
{
    /// <summary>In one step: is the activity already processed; if not, take the conversation's lease and read the states.</summary>
    Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, CancellationToken cancellationToken);

    /// <summary>
    /// The same step, told for some keys the ETag of a copy the caller already holds (<paramref name="knownETags"/>,
    /// aligned with <paramref name="stateKeys"/>; null: none). Where storage has exactly that ETag at the moment the
    /// lease is taken, <see cref="TurnGateEntry.States"/> holds <see cref="TurnGateEntry.Unchanged"/> for the key
    /// instead of its value (nothing sent, nothing parsed). A store that can't tell reads every value (the default).
    /// </summary>
    Task<TurnGateEntry> TryEnterAsync(string conversationTag, string? activityId, IReadOnlyList<string> stateKeys, IReadOnlyList<string?> knownETags, CancellationToken cancellationToken) =>
        TryEnterAsync(conversationTag, activityId, stateKeys, cancellationToken);

    /// <summary>
    /// Whether a lease runs out on its own (and is renewed while a long turn runs). A store whose only lease is the
    /// in-process lock answers false, and <see cref="RenewAsync"/> is never called.
    /// </summary>
    bool LeasesExpire => true;

    /// <summary>Extends the lease while a long turn runs; false when it was lost.</summary>
    Task<bool> RenewAsync(TurnLease lease, CancellationToken cancellationToken);

    /// <summary>
    /// In one step: check the lease's fencing token, write the changed states with their ETags, record the processed
    /// activity and release the lease. Throws <see cref="Storage.StorageConcurrencyException"/> (nothing written,
    /// lease released) or <see cref="TurnLeaseLostException"/> (nothing written).
    /// </summary>
    Task CompleteAsync(TurnLease lease, IReadOnlyList<(string Key, StateDocument Document)> changes, ProcessedTurn? processed, CancellationToken cancellationToken);

    /// <summary>Gives the lease back without writing anything (the turn failed).</summary>
    Task ReleaseAsync(TurnLease lease, CancellationToken cancellationToken);
}
