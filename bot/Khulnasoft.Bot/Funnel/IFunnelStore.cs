namespace Khulnasoft.Bot.Funnel;

/// <summary>
/// Where funnel events are counted: per UTC day and step, each conversation (a keyed hash) once per step within
/// <see cref="FunnelOptions.DedupWindow"/>. Redis (shared by every instance, keys with a TTL) or memory (embedded default).
/// </summary>
public interface IFunnelStore
{
    /// <summary>Records the step for the conversation on <paramref name="day"/>; false when the conversation had already reached it.</summary>
    Task<bool> ReachAsync(string step, string conversationHash, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Conversations per step that first reached it on a day in [<paramref name="from"/>, <paramref name="to"/>] (inclusive).</summary>
    Task<IReadOnlyDictionary<string, long>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
