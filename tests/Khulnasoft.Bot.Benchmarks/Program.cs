using System.Globalization;
using Khulnasoft.Bot.Benchmarks.Bare;
using Khulnasoft.Bot.Benchmarks.Driver;
using Khulnasoft.Bot.Benchmarks.Product;
using Khulnasoft.Bot.Benchmarks.Run;
using Khulnasoft.Bot.Benchmarks.Runtime;

// Modes (see README "Benchmarks"):
//   server --urls http://127.0.0.1:PORT [--redis host:port]   the benchmark bot on our runtime
//   server --urls http://127.0.0.1:PORT --adapter-only          attribution: adapter pipeline, no dialogs/state
//   bare   --urls http://127.0.0.1:PORT                        the bare Kestrel baseline
//   drive  --url  http://127.0.0.1:PORT [--users 8] [--seconds 15] [--warmup 3]
//   inproc [--seconds 15] [--warmup 3] [--redis host:port] [--alloc]  attribution: the runtime bot's turn on one thread, no HTTP
//   run    [--users 16,64] [--seconds 20] [--warmup 30] [--repeat 3] [--targets bare,memory,redis,botbuilder-js,agents-sdk]
//          [--peers DIR] [--server-cpu 0] [--driver-cpu 1]        every server pinned, the tables, the medians and ratios (docs/benchmarks.md)
//   product [--state memory,redis] [--users 16] [--warmup 30] [--seconds 30] [--soak 100000] [--checkpoints 10000,50000,100000]
//          [--seed-users 5000] [--state-ttl 00:01:00] [--server-cpu 0] [--driver-cpu 1]  the real host's deletion conversation, latency by step, CPU per turn, memory soak
var mode = args.Length > 0 ? args[0] : "server";
var rest = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[1..] : args;
var seconds = TimeSpan.FromSeconds(double.Parse(Option(rest, "--seconds") ?? "15", CultureInfo.InvariantCulture));
var warmup = TimeSpan.FromSeconds(double.Parse(Option(rest, "--warmup") ?? "3", CultureInfo.InvariantCulture));

switch (mode)
{
    case "server" or "--urls":
        return await RuntimeServer.RunAsync(WithoutOption(rest, "--redis").Where(a => a != "--adapter-only").ToArray(), Option(rest, "--redis"), rest.Contains("--adapter-only"));
    case "bare":
        return await BareServer.RunAsync(rest);
    case "drive":
        {
            var url = Option(rest, "--url") ?? throw new ArgumentException("drive needs --url http://127.0.0.1:PORT");
            // Parsed here: run and product take their own --users (run a list, e.g. 16,64).
            var users = int.Parse(Option(rest, "--users") ?? "8", CultureInfo.InvariantCulture);
            using var driver = new LoadDriver(new Uri(url));
            var result = await driver.DriveAsync(url, users, warmup, seconds, CancellationToken.None);
            Report.Print([result], Console.Out);
            return result.Failures > 0 ? 1 : 0;
        }

    case "inproc":
        return await InProcessRun.RunAsync(warmup, seconds, Option(rest, "--redis"), rest.Contains("--alloc"));
    case "run":
        return await BenchmarkRun.RunAsync(BenchmarkOptions.Parse(rest), CancellationToken.None);
    case "product":
        return await ProductRun.RunAsync(ProductOptions.Parse(rest), CancellationToken.None);
    default:
        await Console.Error.WriteLineAsync($"Unknown mode '{mode}': use server, bare, drive, inproc, run or product.");
        return 2;
}

static string? Option(string[] arguments, string name)
{
    var index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
}

static string[] WithoutOption(string[] arguments, string name)
{
    var index = Array.IndexOf(arguments, name);
    return index < 0 ? arguments : [.. arguments[..index], .. arguments[Math.Min(arguments.Length, index + 2)..]];
}
