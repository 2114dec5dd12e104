using System.Globalization;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>Settings of <c>product</c> (docs/benchmarks.md lists them with their defaults).</summary>
public sealed record ProductOptions(
    IReadOnlyList<string> States,
    int Users,
    TimeSpan Warmup,
    TimeSpan Duration,
    long Soak,
    IReadOnlyList<long> Checkpoints,
    int SeedUsers,
    int ServerCpu,
    int DriverCpu,
    TimeSpan? StateTtl,
    string? GcDumpDirectory = null)
{
    public static ProductOptions Parse(string[] arguments)
    {
        var states = (Option(arguments, "--state") ?? "memory,redis").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (states.FirstOrDefault(s => s is not ("memory" or "redis")) is { } unknown)
        {
            throw new ArgumentException($"Unknown state '{unknown}': use memory, redis or both.");
        }

        var soak = long.Parse(Option(arguments, "--soak") ?? "100000", CultureInfo.InvariantCulture);
        var checkpoints = Option(arguments, "--checkpoints") is { } given
            ? given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => long.Parse(c, CultureInfo.InvariantCulture)).Order().ToArray()
            : [soak / 10, soak / 2, soak];
        if (soak > 0 && (checkpoints.Length == 0 || checkpoints[0] <= 0 || checkpoints[^1] != soak))
        {
            throw new ArgumentException("--checkpoints must be positive and end at --soak.");
        }

        return new ProductOptions(
            states,
            int.Parse(Option(arguments, "--users") ?? "16", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Option(arguments, "--warmup") ?? "30", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Option(arguments, "--seconds") ?? "30", CultureInfo.InvariantCulture)),
            soak,
            soak > 0 ? checkpoints : [],
            int.Parse(Option(arguments, "--seed-users") ?? "5000", CultureInfo.InvariantCulture),
            int.Parse(Option(arguments, "--server-cpu") ?? "0", CultureInfo.InvariantCulture),
            int.Parse(Option(arguments, "--driver-cpu") ?? "1", CultureInfo.InvariantCulture),
            Option(arguments, "--state-ttl") is { } ttl ? TimeSpan.Parse(ttl, CultureInfo.InvariantCulture) : null,
            Option(arguments, "--gcdump"));
    }

    private static string? Option(string[] arguments, string name)
    {
        var index = Array.IndexOf(arguments, name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }
}
