using System.Diagnostics.Metrics;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Counters of the deletion lifecycle (meter <c>Khulnasoft.Bot.Deletion</c>). Singleton.</summary>
public sealed class DeletionMetrics
{
    public const string MeterName = "Khulnasoft.Bot.Deletion";

    private readonly Counter<long> _deleted;
    private readonly Counter<long> _purged;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _rescheduled;
    private readonly Counter<long> _nearResponseLimit;

    public DeletionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _deleted = meter.CreateCounter<long>("khulnasoft.deletion.deleted", unit: "{user}", description: "Users deleted");
        _purged = meter.CreateCounter<long>("khulnasoft.deletion.purged", unit: "{user}", description: "Users purged");
        _failed = meter.CreateCounter<long>("khulnasoft.deletion.failed", unit: "{case}", description: "Cases failed after bounded retries");
        _rescheduled = meter.CreateCounter<long>("khulnasoft.deletion.watchdog.rescheduled", unit: "{job}", description: "Jobs the watchdog scheduled again");
        _nearResponseLimit = meter.CreateCounter<long>("khulnasoft.deletion.watchdog.near_response_limit", unit: "{case}", description: "Open cases seen near the one-month response limit, per watchdog run");
    }

    public void Deleted() => _deleted.Add(1);

    public void Purged() => _purged.Add(1);

    public void Failed(string phase) => _failed.Add(1, new KeyValuePair<string, object?>("phase", phase));

    public void Rescheduled(string state) => _rescheduled.Add(1, new KeyValuePair<string, object?>("state", state));

    public void NearResponseLimit() => _nearResponseLimit.Add(1);
}
