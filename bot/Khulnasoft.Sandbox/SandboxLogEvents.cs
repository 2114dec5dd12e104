namespace Khulnasoft.Sandbox;

/// <summary>The sandbox's log event ids (the table in docs/logging.md); a test keeps every id in its range and unique.</summary>
public static class SandboxLogEvents
{
    public static IReadOnlyList<(string Namespace, int First, int Last)> Ranges { get; } =
    [
        ("Khulnasoft.Sandbox", 4200, 4299),
    ];
}
