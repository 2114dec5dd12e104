namespace Khulnasoft.Bot.Runtime;

/// <summary>
/// The runtime's log event ids: one range per namespace (the table in docs/logging.md). Ids are stable: dashboards and
/// alerts select on them. A test fails when an id lies outside its namespace's range or is used twice in any assembly.
/// </summary>
public static class RuntimeLogEvents
{
    public static IReadOnlyList<(string Namespace, int First, int Last)> Ranges { get; } =
    [
        ("Khulnasoft.Bot.Runtime.Hosting", 1000, 1099),
        ("Khulnasoft.Bot.Runtime.Auth", 1100, 1199),
        ("Khulnasoft.Bot.Runtime.Connector", 1200, 1299),
        ("Khulnasoft.Bot.Runtime.Concurrency", 1300, 1399),
        ("Khulnasoft.Bot.Runtime.DirectLine", 1800, 1899),
    ];
}
