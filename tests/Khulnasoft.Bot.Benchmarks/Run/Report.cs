using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>Prints drive results as a Markdown table.</summary>
public static class Report
{
    public static void Print(IEnumerable<DriveResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| target | users | seconds | dialogs/s | turns/s | p50 ms | p99 ms | server CPU µs/turn | server cores | failures |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Users} | {r.Seconds:F1} | {r.DialogsPerSecond:F1} | {r.TurnsPerSecond:F0} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.CpuMicrosecondsPerTurn:F0} | {r.ServerCores:F2} | {r.Failures} |"));
        }
    }
}
