using System.Diagnostics;
using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Run;
using Khulnasoft.Sandbox;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// <c>product</c>: for each state (memory, Redis), starts the real host (<see cref="ProductHost"/>) pinned to the server
/// CPU, warms it up, measures a window of finished conversations (latency by step, host CPU per turn), then goes on to
/// the soak on the same host: pauses at each checkpoint of finished conversations (counted from the host's start, so
/// warm-up and window included) and samples its memory after a full GC. Prints the tables (docs/benchmarks.md).
/// </summary>
public static class ProductRun
{
    // The host sweeps expired states and processed-turn records at most once a minute, on a turn.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(65);

    public static async Task<int> RunAsync(ProductOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pinned = ChildProcess.CanPin;
        int? serverCpu = pinned ? options.ServerCpu : null;
        int? driverCpu = pinned ? options.DriverCpu : null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Product benchmark: {ChildProcess.MachineCpus()} CPUs; host {(pinned ? $"pinned to CPU {options.ServerCpu}, driver, mailbox and redis-server to CPU {options.DriverCpu}" : "NOT pinned")}; driver with {Driver.DriverSockets.Describe()}; " +
            $"states {string.Join(", ", options.States)}; {options.Users} users; {options.Warmup.TotalSeconds:F0} s warm-up, {options.Duration.TotalSeconds:F0} s window; " +
            $"soak to {options.Soak} finished conversations (samples at {string.Join(", ", options.Checkpoints)}); {options.SeedUsers} seeded users; state TTLs {(options.StateTtl is { } ttl ? ttl.ToString("c", CultureInfo.InvariantCulture) : "the host's defaults")}; load average {BenchmarkRun.LoadAverage()}."));
        using var inbox = CodeInbox.Start(LoopbackPort.FreeTcp());
        var turns = new List<TurnResult>();
        var soak = new List<SoakSample>();
        var failed = false;
        foreach (var state in options.States)
        {
            await using var host = await ProductHost.StartAsync(state == "redis", options.SeedUsers, inbox.Port, options.StateTtl, serverCpu, driverCpu, cancellationToken);
            using var driver = new ProductDriver(host.BaseAddress, inbox, options.SeedUsers);
            var finished = 0L;
            var failures = 0L;

            var (warm, warmedFor, settled) = await ProductWarmup.RunAsync(driver, host.Probe, options.Users, options.Warmup, cancellationToken);
            finished += warm.Finished;
            failures += warm.Failures;
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"[{state}] warmed up for {warmedFor.TotalSeconds:F0} s: {(settled ? "the JIT has settled" : "the JIT had not settled (measuring anyway)")}"));

            var result = await MeasureAsync(state, options, host, driver, cancellationToken) with { WarmupSeconds = warmedFor.TotalSeconds };
            finished += result.Tally.Finished;
            failures += result.Tally.Failures;
            turns.Add(result);
            Console.WriteLine();
            ProductReport.PrintTurns([result], Console.Out);

            var since = Stopwatch.GetTimestamp();
            var finishedBefore = finished;
            var snapshots = new List<(string Name, string Report)>();
            foreach (var checkpoint in options.Checkpoints)
            {
                if (checkpoint > finished)
                {
                    var remaining = checkpoint - finished;
                    var segment = await driver.RunAsync(options.Users, n => n >= remaining, cancellationToken);
                    finished += segment.Finished;
                    failures += segment.Failures;
                }

                var rate = (finished - finishedBefore) / Stopwatch.GetElapsedTime(since).TotalSeconds;
                if (options.StateTtl is { } stateTtl)
                {
                    // What lives for the TTL (states, processed-turn records) is as large as the rate of the last TTL:
                    // one user for TTL + the one-minute sweep makes it the same trickle at every checkpoint.
                    var settle = await driver.RunForAsync(1, stateTtl + Settle, cancellationToken);
                    finished += settle.Finished;
                    failures += settle.Failures;

                    // The trickle's own records live for the TTL too, and how many there are depends on how fast the
                    // host served that one user. So: idle for the TTL (everything expires), then one conversation,
                    // whose first turn sweeps (the last sweep is over a minute old): what is left is what the host keeps.
                    await Task.Delay(stateTtl + TimeSpan.FromSeconds(5), cancellationToken);
                    var single = await driver.RunAsync(1, n => n >= 1, cancellationToken);
                    finished += single.Finished;
                    failures += single.Failures;
                }

                var sample = new SoakSample(state, finished, failures, await host.Probe.HeapAsync(cancellationToken), rate, BenchmarkRun.LoadAverage());
                soak.Add(sample);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{TimeProvider.System.GetUtcNow():HH:mm:ss} {state}: {finished} finished, {failures} failed, RSS {sample.Heap.RssBytes / 1048576.0:F1} MB, gen2 {sample.Heap.Gen2Bytes / 1048576.0:F1} MB (free {sample.Heap.Gen2FreeBytes / 1048576.0:F1}), {rate:F1} conversations/s, load {sample.LoadAverage}"));
                if (options.GcDumpDirectory is { } dumps)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"{state}-{finished}");
                    snapshots.Add((name, await GcDumps.CollectAsync(host.ProcessId, dumps, name, cancellationToken)));
                    Console.WriteLine($"{state}: heap snapshot {Path.Combine(dumps, name)}.gcdump");
                }

                since = Stopwatch.GetTimestamp();
                finishedBefore = finished;
            }

            if (snapshots.Count >= 2)
            {
                Console.WriteLine();
                Console.WriteLine($"{state}: the types that grew most between the first and the last snapshot:");
                GcDumps.PrintGrowth(snapshots[0].Report, snapshots[^1].Report, snapshots[0].Name, snapshots[^1].Name, Console.Out);
            }

            failed |= failures > 0;
            if (driver.FirstFailure is { } first)
            {
                Console.WriteLine($"{state}: first failure: {first}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Summary ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, load average {BenchmarkRun.LoadAverage()}, mails not waited for: {inbox.Unexpected}):");
        Console.WriteLine();
        ProductReport.PrintTurns(turns, Console.Out);
        if (soak.Count > 0)
        {
            Console.WriteLine();
            failed |= !ProductReport.PrintSoak(soak, Console.Out);
        }

        return failed ? 1 : 0;
    }

    private static async Task<TurnResult> MeasureAsync(string state, ProductOptions options, ProductHost host, ProductDriver driver, CancellationToken cancellationToken)
    {
        var loadBefore = BenchmarkRun.LoadAverage();
        var before = await host.Probe.StatsAsync(cancellationToken);
        var redisBefore = host.RedisCpuMilliseconds;
        var driverBefore = DriverCpu();
        var started = Stopwatch.GetTimestamp();
        var tally = await driver.RunForAsync(options.Users, options.Duration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var driverCpu = DriverCpu() - driverBefore;
        var redis = host.RedisCpuMilliseconds - redisBefore;
        var hostStats = (await host.Probe.StatsAsync(cancellationToken)).Since(before);
        return new TurnResult(state, options.Users, seconds, tally, hostStats, redis, driverCpu, loadBefore, BenchmarkRun.LoadAverage());
    }

    private static double DriverCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
