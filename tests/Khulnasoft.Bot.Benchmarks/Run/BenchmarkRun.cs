using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// <c>run [--users N] [--seconds S] [--warmup S] [--repeat R]</c>: starts the bare baseline, the runtime bot with
/// in-memory state, the runtime bot with Redis state (its own redis-server) and the adapter-only attribution bot, drives
/// each the same way, and prints the tables and the two target ratios; with R rounds, each round is printed and the
/// ratios are summarised (median), since the machine is shared and one round can be unlucky.
/// </summary>
public static class BenchmarkRun
{
    public static async Task<int> RunAsync(int users, TimeSpan warmup, TimeSpan duration, int repeat, CancellationToken cancellationToken)
    {
        var cpuRatios = new List<double>();
        var throughputRatios = new List<double>();
        var failed = false;
        for (var round = 1; round <= Math.Max(1, repeat); round++)
        {
            var bare = await MeasureAsync("bare Kestrel", [], users, warmup, duration, null, cancellationToken);
            var memory = await MeasureAsync("runtime, memory", [], users, warmup, duration, null, cancellationToken);
            DriveResult redisResult;
            var redisPort = ChildProcess.FreePort();
            await using (var redis = ChildProcess.StartRedis(redisPort))
            {
                await redis.WaitForPortAsync(redisPort, cancellationToken);
                redisResult = await MeasureAsync("runtime, Redis", ["--redis", $"127.0.0.1:{redisPort}"], users, warmup, duration, () => redis.CpuMilliseconds, cancellationToken);
            }

            // Attribution, not a target: the runtime's adapter pipeline with the baseline's dictionary instead of dialogs/state.
            var adapterOnly = await MeasureAsync("runtime adapter only", ["--adapter-only"], users, warmup, duration, null, cancellationToken);

            DriveResult[] results = [bare, memory, redisResult, adapterOnly];
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Round {round} ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}):"));
            Console.WriteLine();
            Report.Print(results, Console.Out);
            var cpuRatio = memory.CpuMicrosecondsPerTurn / bare.CpuMicrosecondsPerTurn;
            var throughputRatio = redisResult.TurnsPerSecond / memory.TurnsPerSecond;
            cpuRatios.Add(cpuRatio);
            throughputRatios.Add(throughputRatio);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"runtime (memory) CPU/turn / bare CPU/turn = {cpuRatio:F2}x  (target <= 2.00x: {(cpuRatio <= 2 ? "met" : "NOT met")})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Redis turns/s / memory turns/s          = {throughputRatio:P0}  (target >= 70%: {(throughputRatio >= 0.7 ? "met" : "NOT met")})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Redis bot + redis-server CPU/turn / memory CPU/turn = {(redisResult.CpuMicrosecondsPerTurn + redisResult.HelperCpuMicrosecondsPerTurn) / memory.CpuMicrosecondsPerTurn:F2}x  (what the throughput ratio follows on shared cores)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"runtime adapter-only CPU/turn / bare     = {adapterOnly.CpuMicrosecondsPerTurn / bare.CpuMicrosecondsPerTurn:F2}x  (attribution: the rest is dialogs + state + turn gate)"));
            failed |= results.Any(r => r.Failures > 0 || r.Turns == 0);
        }

        if (cpuRatios.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Over {cpuRatios.Count} rounds: CPU ratio {string.Join(", ", cpuRatios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} (median {Median(cpuRatios):F2}x); " +
                $"Redis/memory throughput {string.Join(", ", throughputRatios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))} (median {Median(throughputRatios):P0})."));
        }

        return failed ? 1 : 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static async Task<DriveResult> MeasureAsync(string name, string[] extra, int users, TimeSpan warmup, TimeSpan duration, Func<double>? helperCpu, CancellationToken cancellationToken)
    {
        var port = ChildProcess.FreePort();
        var mode = name.StartsWith("bare", StringComparison.Ordinal) ? "bare" : "server";
        await using var server = ChildProcess.StartSelf([mode, "--urls", $"http://127.0.0.1:{port}", .. extra]);
        await server.WaitForPortAsync(port, cancellationToken);
        await Console.Error.WriteLineAsync($"[{name}] server pid {server.Id} on port {port}: warm-up at least {warmup.TotalSeconds} s (until its JIT settles), measuring {duration.TotalSeconds} s with {users} users");
        using var driver = new LoadDriver(new Uri($"http://127.0.0.1:{port}"));
        return await driver.DriveAsync(name, users, warmup, duration, cancellationToken, helperCpu);
    }
}
