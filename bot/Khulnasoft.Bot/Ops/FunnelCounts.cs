using System.Diagnostics.Metrics;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The funnel over a period, counted from recorded events (the cases' audit entries, never message text): how many
/// cases reached each step. Also exported as the observable gauge <c>khulnasoft.backoffice.funnel.cases</c> (tag
/// <c>step</c>; over the last 30 days).
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

    private readonly CaseSearch _search;
    private readonly DeletionCaseStore _store;
    private readonly TimeProvider _clock;
    private readonly Meter _meter;

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
        var counts = CountAsync(now.AddDays(-30), now, CancellationToken.None).GetAwaiter().GetResult();
        return counts.Select(c => new Measurement<int>(c.Cases, new KeyValuePair<string, object?>("step", c.Step)));
    }
}
