using System.Globalization;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>Prints product mode's tables as Markdown: the turn, latency by step, and the soak.</summary>
public static class ProductReport
{
    /// <summary>How far the soak's samples may spread (largest ÷ smallest − 1) and still count as flat.</summary>
    public const double FlatWithin = 0.10;

    public static void PrintTurns(IReadOnlyList<TurnResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| state | users | warm-up s | JIT ms in window | seconds | conversations/s | turns/s | host CPU µs/turn | host cores | alloc KB/turn | GCs gen0/1/2 | redis-server CPU µs/turn | driver CPU µs/turn | failures | load avg before → after |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var redis = r.RedisCpuMilliseconds is { } ms ? r.PerTurn(ms * 1000).ToString("F0", CultureInfo.InvariantCulture) : "–";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.State} | {r.Users} | {r.WarmupSeconds:F0} | {r.Host.JitMilliseconds:F0} | {r.Seconds:F1} | {r.Tally.Finished / r.Seconds:F1} | {r.Turns / r.Seconds:F0} | {r.PerTurn(r.Host.CpuMilliseconds * 1000):F0} | {r.Host.CpuMilliseconds / 1000 / r.Seconds:F2} | {r.PerTurn(r.Host.AllocatedBytes / 1024.0):F1} | {r.Host.Gen0}/{r.Host.Gen1}/{r.Host.Gen2} | {redis} | {r.PerTurn(r.DriverCpuMilliseconds * 1000):F0} | {r.Tally.Failures} | {r.LoadBefore} → {r.LoadAfter} |"));
        }

        output.WriteLine();
        output.WriteLine("| state | step | turns | p50 ms | p99 ms |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var r in results)
        {
            for (var step = 0; step < ProductSteps.Names.Length; step++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.State} | {ProductSteps.Names[step]} | {r.Tally.Finished + r.Tally.Failures} | {r.Tally.Times.Percentile(step, 0.50):F1} | {r.Tally.Times.Percentile(step, 0.99):F1} |"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.State} | every turn | {r.Turns} | {r.Tally.Times.AllPercentile(0.50):F1} | {r.Tally.Times.AllPercentile(0.99):F1} |"));
        }
    }

    /// <summary>Prints the soak table and, per state, whether RSS and gen2 stayed within <see cref="FlatWithin"/>; false if not.</summary>
    public static bool PrintSoak(IReadOnlyList<SoakSample> samples, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(output);
        const double MB = 1024 * 1024;
        output.WriteLine("| state | finished conversations | failures | RSS MB | gen2 MB | gen2 free MB | GC heap MB | RSS ÷ first | gen2 ÷ first | gen2 live ÷ first | conversations/s since last | load avg |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in samples)
        {
            var first = samples.First(f => f.State == s.State);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.State} | {s.Finished} | {s.Failures} | {s.Heap.RssBytes / MB:F1} | {s.Heap.Gen2Bytes / MB:F1} | {s.Heap.Gen2FreeBytes / MB:F1} | {s.Heap.HeapBytes / MB:F1} | {(double)s.Heap.RssBytes / first.Heap.RssBytes:P1} | {(double)s.Heap.Gen2Bytes / first.Heap.Gen2Bytes:P1} | {(double)s.Heap.Gen2LiveBytes / first.Heap.Gen2LiveBytes:P1} | {s.ConversationsPerSecond:F1} | {s.LoadAverage} |"));
        }

        var flat = true;
        output.WriteLine();
        foreach (var state in samples.GroupBy(s => s.State))
        {
            var rss = Spread(state.Select(s => s.Heap.RssBytes));
            var gen2 = Spread(state.Select(s => s.Heap.Gen2Bytes));
            var live = Spread(state.Select(s => s.Heap.Gen2LiveBytes));
            var ok = rss <= FlatWithin && gen2 <= FlatWithin;
            flat &= ok;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Soak, {state.Key}: RSS spread {rss:P1}, gen2 spread {gen2:P1} (largest ÷ smallest − 1; flat means ≤ {FlatWithin:P0}): {(ok ? "flat" : "NOT flat")}; gen2's live objects spread {live:P1}."));
        }

        return flat;
    }

    private static double Spread(IEnumerable<long> values)
    {
        var list = values.ToList();
        return (double)list.Max() / list.Min() - 1;
    }
}
