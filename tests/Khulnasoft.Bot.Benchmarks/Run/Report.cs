using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>Prints drive results as Markdown tables: the throughput and CPU, then what explains the CPU.</summary>
public static class Report
{
    public static void Print(IEnumerable<DriveResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var list = results.ToList();
        output.WriteLine("| target | users | seconds | dialogs/s | turns/s | p50 ms | p99 ms | server CPU µs/turn | server cores | failures |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in list)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Users} | {r.Seconds:F1} | {r.DialogsPerSecond:F1} | {r.TurnsPerSecond:F0} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.CpuMicrosecondsPerTurn:F0} | {r.ServerCores:F2} | {r.Failures} |"));
        }

        output.WriteLine();
        output.WriteLine("| target | warm-up s | window | JIT ms in window | alloc KB/turn | GCs gen0/1/2 | GC pause ms | page faults/turn | ctx switches/turn | work items/turn | driver CPU µs/turn | redis-server CPU µs/turn |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in list)
        {
            var helper = double.IsNaN(r.HelperCpuMicrosecondsPerTurn) ? "–" : r.HelperCpuMicrosecondsPerTurn.ToString("F0", CultureInfo.InvariantCulture);
            var workItems = double.IsNaN(r.WorkItemsPerTurn) ? "–" : r.WorkItemsPerTurn.ToString("F2", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.WarmupSeconds:F0} | {r.Windows} | {r.Server.JitMilliseconds:F0} | {r.AllocatedKilobytesPerTurn:F1} | {r.Server.Gen0}/{r.Server.Gen1}/{r.Server.Gen2} | {r.Server.GcPauseMilliseconds:F0} | {r.MinorFaultsPerTurn:F3} | {r.ContextSwitchesPerTurn:F2} | {workItems} | {r.DriverCpuMicrosecondsPerTurn:F0} | {helper} |"));
        }
    }
}
