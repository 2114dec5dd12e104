using System.Diagnostics.Tracing;
using System.Globalization;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// Attribution only (<c>inproc --alloc</c>): the runtime's allocation-tick events (one per ~100 KB allocated, naming the
/// type that crossed the mark), so the share of each type in what a turn allocates can be read without a profiler.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _samples = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _recording;

    public void Start()
    {
        lock (_lock)
        {
            _samples.Clear();
            _recording = true;
        }
    }

    public void Print(TextWriter output, int top = 25)
    {
        List<KeyValuePair<string, long>> samples;
        lock (_lock)
        {
            _recording = false;
            samples = [.. _samples.OrderByDescending(s => s.Value).Take(top)];
        }

        var total = samples.Sum(s => s.Value);
        output.WriteLine("allocation ticks (~100 KB each) by type:");
        foreach (var (type, count) in samples)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * count / Math.Max(1, total),5:F1}%  {count,6}  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var index = eventData.PayloadNames.IndexOf("TypeName");
        var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
        lock (_lock)
        {
            if (_recording)
            {
                _samples[type] = _samples.GetValueOrDefault(type) + 1;
            }
        }
    }
}
