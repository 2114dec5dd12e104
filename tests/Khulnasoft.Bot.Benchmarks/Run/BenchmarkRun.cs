using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// <c>run [--users N] [--seconds S] [--warmup S]</c>: in one run, starts the bare baseline, the runtime bot with
/// in-memory state and the runtime bot with Redis state (its own redis-server), drives each the same way, and
/// prints the table and the two target ratios.
/// </summary>
public static class BenchmarkRun
{
    public static async Task<int> RunAsync(int users, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var results = new List<DriveResult>();
        results.Add(await MeasureAsync("bare Kestrel", [], users, warmup, duration, cancellationToken));
        results.Add(await MeasureAsync("runtime, memory", [], users, warmup, duration, cancellationToken));
        // Attribution, not a target: the runtime's adapter pipeline with the baseline's dictionary instead of dialogs/state.
        var adapterOnly = await MeasureAsync("runtime adapter only", ["--adapter-only"], users, warmup, duration, cancellationToken);

        var redisPort = ChildProcess.FreePort();
        await using (var redis = ChildProcess.StartRedis(redisPort))
        {
            await redis.WaitForPortAsync(redisPort, cancellationToken);
            results.Add(await MeasureAsync("runtime, Redis", ["--redis", $"127.0.0.1:{redisPort}"], users, warmup, duration, cancellationToken));
        }

        Report.Print([.. results, adapterOnly], Console.Out);
        var bare = results[0];
        var memory = results[1];
        var redisResult = results[2];
        var cpuRatio = memory.CpuMicrosecondsPerTurn / bare.CpuMicrosecondsPerTurn;
        var throughputRatio = redisResult.TurnsPerSecond / memory.TurnsPerSecond;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"runtime (memory) CPU/turn / bare CPU/turn = {cpuRatio:F2}x  (target <= 2.00x: {(cpuRatio <= 2 ? "met" : "NOT met")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Redis turns/s / memory turns/s          = {throughputRatio:P0}  (target >= 70%: {(throughputRatio >= 0.7 ? "met" : "NOT met")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"runtime adapter-only CPU/turn / bare     = {adapterOnly.CpuMicrosecondsPerTurn / bare.CpuMicrosecondsPerTurn:F2}x  (attribution: the rest is dialogs + state + turn gate)"));
        return results.Append(adapterOnly).Any(r => r.Failures > 0 || r.Turns == 0) ? 1 : 0;
    }

    private static async Task<DriveResult> MeasureAsync(string name, string[] extra, int users, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var port = ChildProcess.FreePort();
        var mode = name.StartsWith("bare", StringComparison.Ordinal) ? "bare" : "server";
        await using var server = ChildProcess.StartSelf([mode, "--urls", $"http://127.0.0.1:{port}", .. extra]);
        await server.WaitForPortAsync(port, cancellationToken);
        await Console.Error.WriteLineAsync($"[{name}] server pid {server.Id} on port {port}: warm-up {warmup.TotalSeconds} s, measuring {duration.TotalSeconds} s with {users} users");
        using var driver = new LoadDriver(new Uri($"http://127.0.0.1:{port}"));
        return await driver.DriveAsync(name, users, warmup, duration, cancellationToken);
    }
}
