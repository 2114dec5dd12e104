using System.Diagnostics.Metrics;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The funnel over a period, counted from recorded events (the cases' audit entries, never message text): how many
/// cases reached each step. Also exported as the observable gauge <c>khulnasoft.backoffice.funnel.cases</c> (tag
/// <c>step</c>; over the last 30 days): the gauge reports the last count, and a collection that finds it older than
/// a minute starts a new one in the background, so the metrics thread never waits on Redis reading every case.
/// </summary>
public sealed class FunnelCounts : IDisposable
{
    /// <summary>Each step, in funnel order, and whether an audit entry marks it.</summary>
    public static readonly IReadOnlyList<(string Step, Func<AuditEntry, bool> Reached)> Steps =
    [
        ("requested", e => e.Action == "case.requested"),
        ("routed to approval", e => e.Action == "case.requested" && e.Details.TryGetValue("state", out var s) && s == nameof(DeletionCaseState.AwaitingApproval)),
        ("approved", e => e.Action == "case.approved"),
        ("scheduled", e => (e.Action == "case.requested" && e.Details.TryGetValue("state", out var s) && s == nameof(DeletionCaseState.Scheduled)) || e.Action == "case.confirmed"),
        ("undone or cancelled", e => e.Action == "case.cancelled"),
        ("blocked", e => e.Action == "deletion.blocked"),
        ("resumed", e => e.Action == "case.resumed"),
        ("failed", e => e.Action == "support.alerted"),
        ("deleted", e => e.Action == "deletion.succeeded"),
        ("purged", e => e.Action == "purge.succeeded"),
    ];

    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private readonly CaseSearch _search;
    private readonly DeletionCaseStore _store;
    private readonly TimeProvider _clock;
    private readonly Meter _meter;
    private IReadOnlyList<(string Step, int Cases)> _lastCounts = [];
    private long _countedAtTicks = DateTimeOffset.MinValue.UtcTicks;
    private int _counting;

    public FunnelCounts(CaseSearch search, DeletionCaseStore store, TimeProvider clock, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        (_search, _store, _clock) = (search, store, clock);
        _meter = meters.Create("Khulnasoft.Bot.BackOffice");
        _meter.CreateObservableGauge("khulnasoft.backoffice.funnel.cases", Observe, "{case}", "Cases that reached each funnel step in the last 30 days");
    }

    /// <summary>Cases that reached each step with an event in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<(string Step, int Cases)>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var counts = new int[Steps.Count];
        foreach (var c in await _search.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            var entries = (await _store.GetAuditAsync(c.CaseId, cancellationToken).ConfigureAwait(false)).Where(e => e.At >= from && e.At < to).ToList();
            for (var i = 0; i < Steps.Count; i++)
            {
                counts[i] += entries.Any(Steps[i].Reached) ? 1 : 0;
            }
        }

        return [.. Steps.Select((s, i) => (s.Step, counts[i]))];
    }

    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<int>> Observe()
    {
        var now = _clock.GetUtcNow();
        if (now.UtcTicks - Volatile.Read(ref _countedAtTicks) >= RefreshAfter.Ticks && Interlocked.CompareExchange(ref _counting, 1, 0) == 0)
        {
            _ = RecountAsync(now);
        }

        return Volatile.Read(ref _lastCounts).Select(c => new Measurement<int>(c.Cases, new KeyValuePair<string, object?>("step", c.Step)));
    }

    /// <summary>Counts the last 30 days for the gauge; a storage outage keeps the previous count until the next try.</summary>
    private async Task RecountAsync(DateTimeOffset now)
    {
        try
        {
            Volatile.Write(ref _lastCounts, await CountAsync(now.AddDays(-30), now, CancellationToken.None).ConfigureAwait(false));
            Volatile.Write(ref _countedAtTicks, now.UtcTicks);
        }
        catch (StorageUnavailableException)
        {
            // Redis is down: /readyz and the storage metrics say so; the gauge keeps its last value.
        }
        finally
        {
            Volatile.Write(ref _counting, 0);
        }
    }
}
