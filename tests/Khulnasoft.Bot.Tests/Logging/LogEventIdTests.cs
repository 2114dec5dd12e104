using System.Reflection;
using Khulnasoft.Bot.Runtime;
using Khulnasoft.Sandbox;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.Logging;

/// <summary>
/// Every <c>[LoggerMessage]</c> in the runtime, the bot and the sandbox: each event id is used once, lies in the range
/// registered for its namespace, and the ranges are the table in docs/logging.md.
/// </summary>
public sealed class LogEventIdTests
{
    private static readonly Assembly[] Assemblies = [typeof(RuntimeLogEvents).Assembly, typeof(BotLogEvents).Assembly, typeof(SandboxLogEvents).Assembly];

    private static readonly IReadOnlyList<(string Namespace, int First, int Last)> Ranges =
        [.. RuntimeLogEvents.Ranges, .. BotLogEvents.Ranges, .. SandboxLogEvents.Ranges];

    private sealed record LogEvent(string Namespace, string Method, int Id);

    private static List<LogEvent> Events() =>
    [
        .. from assembly in Assemblies
           from type in assembly.GetTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
           let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
           where attribute is not null
           select new LogEvent(type.Namespace ?? "", $"{type.Name}.{method.Name}", attribute.EventId),
    ];

    [Fact]
    public void TheAssemblies_HaveLogEvents()
    {
        // Guards the other facts against passing on an empty list.
        Assert.True(Events().Count > 100);
        Assert.All(Assemblies, assembly => Assert.Contains(Events(), e => e.Namespace.StartsWith(assembly.GetName().Name!, StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryEventId_IsUsedOnce()
    {
        var duplicates = Events().GroupBy(e => e.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}").ToList();

        Assert.True(duplicates.Count == 0, "Event ids used more than once:\n" + string.Join("\n", duplicates));
    }

    [Fact]
    public void EveryEventId_LiesInTheRangeOfItsNamespace()
    {
        var misplaced = (
            from e in Events()
            let range = Ranges.Where(r => r.Namespace == e.Namespace).Select(r => ((int, int)?)(r.First, r.Last)).SingleOrDefault()
            where range is null || e.Id < range.Value.Item1 || e.Id > range.Value.Item2
            select range is null
                ? $"{e.Method} ({e.Id}): no range registered for {e.Namespace}"
                : $"{e.Method} ({e.Id}): outside {e.Namespace} {range.Value.Item1}–{range.Value.Item2}").ToList();

        Assert.True(misplaced.Count == 0, "Event ids outside their namespace's range:\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void TheRanges_DoNotOverlap()
    {
        var sorted = Ranges.OrderBy(r => r.First).ToList();
        Assert.All(sorted, r => Assert.True(r.First <= r.Last, r.Namespace));
        for (var i = 1; i < sorted.Count; i++)
        {
            Assert.True(sorted[i - 1].Last < sorted[i].First, $"{sorted[i - 1].Namespace} overlaps {sorted[i].Namespace}");
        }

        Assert.Equal(Ranges.Count, Ranges.Select(r => r.Namespace).Distinct().Count());
    }

    [Fact]
    public void TheDocsTable_ListsEveryRange()
    {
        var table = File.ReadAllLines(RepoPaths.Combine("docs", "logging.md"))
            .Where(line => line.StartsWith("| `Khulnasoft.", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Namespace: cells[1].Trim('`'), Range: cells[2]))
            .ToList();

        Assert.Equal(
            Ranges.Select(r => $"{r.Namespace} {r.First}–{r.Last}").Order(StringComparer.Ordinal),
            table.Select(row => $"{row.Namespace} {row.Range}").Order(StringComparer.Ordinal));
    }
}
