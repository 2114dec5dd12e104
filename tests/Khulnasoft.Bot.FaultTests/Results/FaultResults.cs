using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Results;

/// <summary>
/// The suite's figures: one row per scenario that ran (what was measured, never a constant), written at the end of
/// the run to <c>tests/Khulnasoft.Bot.FaultTests/TestResults/results.md</c> (not committed; docs/faults.md quotes a run).
/// </summary>
public sealed class FaultResults
{
    private readonly ConcurrentQueue<FaultResult> _rows = new();

    public static string FilePath { get; } = RepoPaths.Combine("tests", "Khulnasoft.Bot.FaultTests", "TestResults", "results.md");

    public void Add(FaultResult row) => _rows.Enqueue(row);

    public async Task WriteAsync()
    {
        if (_rows.IsEmpty)
        {
            return;
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Fault suite results, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine("| scenario | load | faults injected | turns | lost | duplicated | 5xx | seconds |")
            .AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Scenario} | {row.Load} | {row.Faults} | {row.Turns} | {row.Lost} | {row.Duplicated} | {row.ServerErrors} | {row.Seconds:0.0} |");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await File.WriteAllTextAsync(FilePath, text.ToString());
    }
}
