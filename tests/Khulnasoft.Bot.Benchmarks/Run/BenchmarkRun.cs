using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Driver;
using Khulnasoft.Sandbox;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>
/// <c>run</c>: in each round, at each concurrency, starts every target in turn (bare Kestrel, ours with in-memory state,
/// ours with Redis state and its own redis-server, botbuilder-js, the Agents SDK), pinned to the server CPU, drives it
/// from the driver CPU, and prints the round's tables; at the end, the medians over the rounds and the ratios against
/// the targets (each ratio is taken within a round, where all rows shared the same machine state).
/// </summary>
public static class BenchmarkRun
{
    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pinned = ChildProcess.CanPin;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Benchmark: {ChildProcess.MachineCpus()} CPUs; servers {(pinned ? $"pinned to CPU {options.ServerCpu}, driver and redis-server to CPU {options.DriverCpu}" : "NOT pinned (no taskset or one CPU)")}; driver with {DriverSockets.Describe()}; " +
            $"users {string.Join(", ", options.Users)}; {options.Repeat} round(s) of {options.Duration.TotalSeconds:F0} s per row after at least {options.Warmup.TotalSeconds:F0} s of warm-up; load average {LoadAverage()}."));
        var measured = new List<Measurement>();
        var failed = false;
        for (var round = 1; round <= Math.Max(1, options.Repeat); round++)
        {
            foreach (var users in options.Users)
            {
                var started = TimeProvider.System.GetUtcNow();
                var loadBefore = LoadAverage();
                var rows = new List<DriveResult>();
                foreach (var key in options.Targets)
                {
                    var target = Target.For(key);
                    var result = await MeasureAsync(target, users, options, cancellationToken);
                    rows.Add(result);
                    measured.Add(new Measurement(round, users, key, result));
                    failed |= result.Failures > 0 || result.Turns == 0;
                }

                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Round {round}, {users} users ({started:yyyy-MM-dd HH:mm}-{TimeProvider.System.GetUtcNow():HH:mm} UTC, load average before {loadBefore}, after {LoadAverage()}):"));
                Console.WriteLine();
                Report.Print(rows, Console.Out);
            }
        }

        Console.WriteLine();
        Summary.Print(measured, options, Console.Out);
        return failed ? 1 : 0;
    }

    internal static string LoadAverage()
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

    private static async Task<DriveResult> MeasureAsync(Target target, int users, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        ChildProcess? redis = null;
        try
        {
            string? redisAddress = null;
            if (target.NeedsRedis)
            {
                var redisPort = LoopbackPort.FreeTcp();
                redis = ChildProcess.StartRedis(options.DriverCpu, redisPort);
                await redis.WaitForPortAsync(redisPort, cancellationToken);
                redisAddress = $"127.0.0.1:{redisPort}";
            }

            var port = LoopbackPort.FreeTcp();
            await using var server = target.Start(port, options.ServerCpu, redisAddress, options.PeersDirectory);
            await server.WaitForPortAsync(port, cancellationToken);
            await Console.Error.WriteLineAsync($"[{target.Name}] server pid {server.Id} on port {port}: warm-up at least {options.Warmup.TotalSeconds} s, measuring {options.Duration.TotalSeconds} s with {users} users");
            using var driver = new LoadDriver(new Uri($"http://127.0.0.1:{port}"));
            var helper = redis;
            return await driver.DriveAsync(target.Name, users, options.Warmup, options.Duration, cancellationToken, helper is null ? null : () => helper.CpuMilliseconds);
        }
        finally
        {
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }
        }
    }
}
