using System.Globalization;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// The medians over the rounds, per concurrency, and the issue's ratios. A ratio is computed inside each round (both
/// rows measured minutes apart on the same machine) and then the median of those is reported, never a ratio of medians.
/// </summary>
public static class Summary
{
    private static readonly (string Name, string Numerator, string Denominator, Func<Measurement, double> Value, double Target, bool AtMost)[] Ratios =
    [
        ("ours (memory) CPU/turn ÷ bare", "memory", "bare", m => m.Result.CpuMicrosecondsPerTurn, 1.5, true),
        ("ours (memory) dialogs/s ÷ bare", "memory", "bare", m => m.Result.DialogsPerSecond, 0.6, false),
        ("ours (Redis) dialogs/s ÷ ours (memory)", "redis", "memory", m => m.Result.DialogsPerSecond, 0.7, false),
        ("ours (memory) dialogs/s ÷ Agents SDK", "memory", "agents-sdk", m => m.Result.DialogsPerSecond, 3, false),
        ("ours (memory) dialogs/s ÷ botbuilder-js", "memory", "botbuilder-js", m => m.Result.DialogsPerSecond, 5, false),
        ("ours (Redis) dialogs/s ÷ Agents SDK", "redis", "agents-sdk", m => m.Result.DialogsPerSecond, double.NaN, false),
        ("ours (Redis) dialogs/s ÷ botbuilder-js", "redis", "botbuilder-js", m => m.Result.DialogsPerSecond, double.NaN, false),

        // The same comparison by work per turn: on a busy machine the scheduler gives our many-threaded server a larger
        // share of the pinned CPU than single-threaded node, which inflates the dialogs/s ratios; CPU/turn does not care.
        ("Agents SDK CPU/turn ÷ ours (memory)", "agents-sdk", "memory", m => m.Result.CpuMicrosecondsPerTurn, double.NaN, false),
        ("botbuilder-js CPU/turn ÷ ours (memory)", "botbuilder-js", "memory", m => m.Result.CpuMicrosecondsPerTurn, double.NaN, false),
    ];

    public static void Print(IReadOnlyList<Measurement> measured, BenchmarkOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var rounds = measured.Select(m => m.Round).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Summary: medians over {rounds} round(s); load average now {BenchmarkRun.LoadAverage()}."));
        output.WriteLine();
        output.WriteLine("| server | users | dialogs/s | p99 ms | CPU µs/turn | CPU ÷ bare | dialogs/s ÷ bare | alloc KB/turn | failures |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var users in options.Users)
        {
            foreach (var target in options.Targets)
            {
                var rows = measured.Where(m => m.Users == users && m.Target == target).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var node = target is "botbuilder-js" or "agents-sdk";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Target.For(target).Name} | {users} | {Median(rows.Select(r => r.Result.DialogsPerSecond)):F0} | {Median(rows.Select(r => r.Result.P99Milliseconds)):F1} | {Median(rows.Select(r => r.Result.CpuMicrosecondsPerTurn)):F0} | " +
                    $"{Format(RoundRatios(measured, users, target, "bare", m => m.Result.CpuMicrosecondsPerTurn), "F2", "×")} | {Format(RoundRatios(measured, users, target, "bare", m => m.Result.DialogsPerSecond), "P0", string.Empty)} | " +
                    $"{(node ? "–" : Median(rows.Select(r => r.Result.AllocatedKilobytesPerTurn)).ToString("F1", CultureInfo.InvariantCulture))} | {rows.Sum(r => r.Result.Failures)} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("| ratio (per round, then median) | users | per round | median | target |");
        output.WriteLine("|---|---:|---|---:|---|");
        foreach (var users in options.Users)
        {
            foreach (var (name, numerator, denominator, value, target, atMost) in Ratios)
            {
                var ratios = RoundRatios(measured, users, numerator, denominator, value);
                if (ratios.Count == 0)
                {
                    continue;
                }

                var median = Median(ratios);
                var verdict = double.IsNaN(target) ? "–" : $"{(atMost ? "≤" : "≥")} {Show(target, name)}: {((atMost ? median <= target : median >= target) ? "met" : "NOT met")}";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {users} | {string.Join(", ", ratios.Select(r => Show(r, name)))} | **{Show(median, name)}** | {verdict} |"));
            }
        }
    }

    private static List<double> RoundRatios(IReadOnlyList<Measurement> measured, int users, string numerator, string denominator, Func<Measurement, double> value) =>
        [.. measured.Where(m => m.Users == users && m.Target == numerator)
            .Select(n => (n, d: measured.FirstOrDefault(m => m.Users == users && m.Target == denominator && m.Round == n.Round)))
            .Where(p => p.d is not null)
            .Select(p => value(p.n) / value(p.d!))];

    private static string Show(double ratio, string name) =>
        name.Contains("dialogs/s ÷ bare", StringComparison.Ordinal) || name.Contains("÷ ours", StringComparison.Ordinal)
            ? ratio.ToString("P0", CultureInfo.InvariantCulture)
            : ratio.ToString("F2", CultureInfo.InvariantCulture) + "×";

    private static string Format(List<double> ratios, string format, string suffix) =>
        ratios.Count == 0 ? "–" : Median(ratios).ToString(format, CultureInfo.InvariantCulture) + suffix;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
