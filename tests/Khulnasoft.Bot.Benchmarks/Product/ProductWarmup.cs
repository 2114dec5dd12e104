using System.Diagnostics;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// Product mode's warm-up: conversations for at least the minimum, then on in 5 s slices until the host's JIT has
/// settled (two slices in a row with under 1% of the slice compiling), at most <see cref="MaxWarmup"/> in all. The
/// real host has far more code than the benchmark dialog: after 30 s of conversations it was still tiering up, and
/// its CPU per turn read 2.5× what it reads once settled.
/// </summary>
public static class ProductWarmup
{
    /// <summary>The longest warm-up before measuring anyway (the report's JIT column then shows it had not settled).</summary>
    public static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(300);

    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(5);

    /// <summary>Runs the warm-up; returns what the users did and how long it took.</summary>
    public static async Task<(DriveTally Tally, TimeSpan Took, bool Settled)> RunAsync(ProductDriver driver, HostProbe probe, int users, TimeSpan minimum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(probe);
        var started = Stopwatch.GetTimestamp();
        var tally = await driver.RunForAsync(users, minimum, cancellationToken);
        var quietSlices = 0;
        while (quietSlices < 2 && Stopwatch.GetElapsedTime(started) < MaxWarmup)
        {
            var before = await probe.StatsAsync(cancellationToken);
            tally.Add(await driver.RunForAsync(users, Slice, cancellationToken));
            var slice = (await probe.StatsAsync(cancellationToken)).Since(before);
            quietSlices = slice.CompiledUnderOnePercentOf(Slice) ? quietSlices + 1 : 0;
        }

        return (tally, Stopwatch.GetElapsedTime(started), quietSlices == 2);
    }
}
