using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Recorded once the all-cases index was backfilled (<see cref="CaseIndexBackfill"/>): when, and how many cases it added.</summary>
public sealed class CaseIndexBackfillMark : IStoreItem
{
    public DateTimeOffset At { get; set; }

    public int Added { get; set; }

    public string? ETag { get; set; }
}
