using System.Globalization;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// Settings of <c>run</c>. Every target is measured at every concurrency in each round; the server (ours, bare or a
/// peer) runs on <see cref="ServerCpu"/>, the driver and redis-server on <see cref="DriverCpu"/> (run.sh pins the driver).
/// </summary>
public sealed record BenchmarkOptions(
    IReadOnlyList<int> Users,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Repeat,
    IReadOnlyList<string> Targets,
    string? PeersDirectory,
    int ServerCpu = 0,
    int DriverCpu = 1)
{
    /// <summary>Every target, in the order a round measures them.</summary>
    public static readonly string[] AllTargets = ["bare", "memory", "redis", "botbuilder-js", "agents-sdk"];

    public static BenchmarkOptions Parse(string[] arguments)
    {
        var users = (Option(arguments, "--users") ?? "16,64").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToArray();
        var targets = Option(arguments, "--targets")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? AllTargets;
        if (targets.Except(AllTargets.Append("adapter-only"), StringComparer.Ordinal).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"Unknown target '{unknown}': use {string.Join(", ", AllTargets)} or adapter-only.");
        }

        return new BenchmarkOptions(
            users,
            TimeSpan.FromSeconds(double.Parse(Option(arguments, "--warmup") ?? "30", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Option(arguments, "--seconds") ?? "20", CultureInfo.InvariantCulture)),
            int.Parse(Option(arguments, "--repeat") ?? "3", CultureInfo.InvariantCulture),
            targets,
            Option(arguments, "--peers"),
            int.Parse(Option(arguments, "--server-cpu") ?? "0", CultureInfo.InvariantCulture),
            int.Parse(Option(arguments, "--driver-cpu") ?? "1", CultureInfo.InvariantCulture));
    }

    private static string? Option(string[] arguments, string name)
    {
        var index = Array.IndexOf(arguments, name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }
}
