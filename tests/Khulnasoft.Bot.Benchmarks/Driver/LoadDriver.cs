using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>
/// Closed-loop load: each virtual user runs the whole dialog (hello, a bad email, a good email, "Pro", "yes") on a
/// fresh conversation id, checks every reply, and starts the next dialog as soon as one ends.
/// </summary>
public sealed class LoadDriver : IDisposable
{
    /// <summary>The longest warm-up before measuring anyway (the JIT column then shows it had not settled).</summary>
    public static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan SettleSlice = TimeSpan.FromSeconds(2);
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly Uri MessagesPath = new("/api/messages", UriKind.Relative);
    private static readonly JsonSerializerOptions StatsJson = new(JsonSerializerDefaults.Web);

    private static readonly string[] Expected =
    [
        PlanDialog.EmailQuestion,
        "doesn't look like an email",
        PlanDialog.PlanQuestion,
        "Confirm",
        "email={0}, plan=Pro, confirmed=yes",
    ];

    private readonly HttpClient _client;
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    public LoadDriver(Uri baseAddress)
    {
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseProxy = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>
    /// Warms up (unmeasured) for at least <paramref name="warmup"/> and then until the server's JIT has settled (less than
    /// 1% of a 2 s slice spent compiling, twice in a row; at most <see cref="MaxWarmup"/> in all), then drives for <paramref name="duration"/>
    /// and reads the server's counters before and after: the window measures the steady state, not tiered compilation.
    /// A window that still spent 1% or more compiling is discarded as warm-up and measured again (at most
    /// <see cref="MaxWindows"/> windows; the report shows which window counted).
    /// <paramref name="helperCpuMilliseconds"/> reads the CPU time of a process the server depends on (redis-server).
    /// </summary>
    public async Task<DriveResult> DriveAsync(string name, int users, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken, Func<double>? helperCpuMilliseconds = null)
    {
        var warmupStarted = Stopwatch.GetTimestamp();
        if (warmup > TimeSpan.Zero)
        {
            await RunUsersAsync("w", users, warmup, cancellationToken);
            await SettleAsync(users, "w", warmupStarted, cancellationToken);
        }

        for (var window = 1; ; window++)
        {
            var result = await MeasureAsync(name, users, duration, window, Stopwatch.GetElapsedTime(warmupStarted).TotalSeconds, helperCpuMilliseconds, cancellationToken);

            // A window that still compiled (the background tiering was starved during the quiet slices and caught up
            // inside the window) measures the JIT, not the steady state: it counts as warm-up and is measured again.
            if (warmup == TimeSpan.Zero || result.Server.CompiledUnderOnePercentOf(duration) || window == MaxWindows)
            {
                return result with { Windows = window };
            }

            await SettleAsync(users, $"r{window}", warmupStarted, cancellationToken, ignoreLimit: true);
        }
    }

    /// <summary>Windows a row measures at most when the JIT was still compiling in the earlier ones.</summary>
    public const int MaxWindows = 3;

    /// <summary>Slices one settle runs at most when its time limit is ignored (a re-measure): 90 s, as the warm-up's limit.</summary>
    private const int MaxSettleSlices = 45;

    /// <summary>
    /// Runs 2 s slices until two in a row spent under 1% compiling (on a loaded machine the JIT's background tiering
    /// can pause for one), or the warm-up reached <see cref="MaxWarmup"/> (unless <paramref name="ignoreLimit"/>).
    /// </summary>
    private async Task SettleAsync(int users, string phase, long warmupStarted, CancellationToken cancellationToken, bool ignoreLimit = false)
    {
        var quietSlices = 0;
        for (var slice = 1; ignoreLimit || Stopwatch.GetElapsedTime(warmupStarted) < MaxWarmup; slice++)
        {
            // Every slice has its own conversation ids: re-using them would make the server answer duplicates.
            var sliceStart = await ReadServerStatsAsync(cancellationToken);
            await RunUsersAsync($"{phase}{slice}", users, SettleSlice, cancellationToken);
            var settled = (await ReadServerStatsAsync(cancellationToken)).Since(sliceStart);
            quietSlices = settled.CompiledUnderOnePercentOf(SettleSlice) ? quietSlices + 1 : 0;
            if (quietSlices == 2 || slice == MaxSettleSlices)
            {
                return;
            }
        }
    }

    private async Task<DriveResult> MeasureAsync(string name, int users, TimeSpan duration, int window, double warmupSeconds, Func<double>? helperCpuMilliseconds, CancellationToken cancellationToken)
    {
        var before = await ReadServerStatsAsync(cancellationToken);
        var driverBefore = DriverCpu();
        var helperBefore = helperCpuMilliseconds?.Invoke();
        var started = Stopwatch.GetTimestamp();
        var tallies = await RunUsersAsync($"m{window}", users, duration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var driverCpu = DriverCpu() - driverBefore;
        var helperCpu = helperCpuMilliseconds?.Invoke() - helperBefore;
        var server = (await ReadServerStatsAsync(cancellationToken)).Since(before);

        var latencies = tallies.SelectMany(t => t.Latencies).Order().ToArray();
        return new DriveResult(
            name,
            users,
            seconds,
            tallies.Sum(t => t.Dialogs),
            latencies.Length,
            tallies.Sum(t => t.Failures),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            server,
            warmupSeconds,
            driverCpu)
        {
            HelperCpuMilliseconds = helperCpu,
        };
    }

    public void Dispose() => _client.Dispose();

    private async Task<UserTally[]> RunUsersAsync(string phase, int users, TimeSpan duration, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, users).Select(u => RunUserAsync($"{_runId}-{phase}-{u}", deadline, cancellationToken));
        return await Task.WhenAll(tasks);
    }

    private async Task<UserTally> RunUserAsync(string user, long deadline, CancellationToken cancellationToken)
    {
        var tally = new UserTally();
        var buffers = new UserBuffers();
        var dialog = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var conversationId = $"bench-{user}-{dialog++}";
            var email = $"user{dialog}@example.com";
            string[] inputs = ["hello", "not an email", email, "Pro", "yes"];
            var completed = true;
            for (var turn = 0; turn < inputs.Length; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                string reply;
                try
                {
                    reply = await SendAsync(buffers, conversationId, user, turn, inputs[turn], cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or JsonException)
                {
                    tally.Failures++;
                    completed = false;
                    break;
                }

                tally.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var expected = string.Format(CultureInfo.InvariantCulture, Expected[turn], email);
                var ok = turn == inputs.Length - 1
                    ? string.Equals(reply, expected, StringComparison.Ordinal)
                    : reply.Contains(expected, StringComparison.Ordinal);
                if (!ok)
                {
                    tally.Failures++;
                    completed = false;
                    break;
                }
            }

            if (completed)
            {
                tally.Dialogs++;
            }
        }

        return tally;
    }

    private async Task<string> SendAsync(UserBuffers buffers, string conversationId, string user, int turn, string text, CancellationToken cancellationToken)
    {
        var body = buffers.Request;
        body.ResetWrittenCount();
        MessageActivity.Write(body, "webchat", "http://127.0.0.1:9/", $"{conversationId}-{turn}", conversationId, $"user-{user}", "bench-bot", text);

        using var content = new ReadOnlyMemoryContent(body.WrittenMemory);
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesPath) { Content = content };

        // The body is read into the user's own buffer and its texts picked out with a reader: the driver shares a core
        // with redis-server, so what it spends per turn is taken from the Redis row.
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        var answer = buffers.Response;
        answer.ResetWrittenCount();
        await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            int read;
            while ((read = await stream.ReadAsync(answer.GetMemory(4096), cancellationToken)) > 0)
            {
                answer.Advance(read);
            }
        }

        return ReplyTexts.Read(answer.WrittenSpan);
    }

    private async Task<ServerStats> ReadServerStatsAsync(CancellationToken cancellationToken)
    {
        await using var stream = await _client.GetStreamAsync(new Uri("/stats", UriKind.Relative), cancellationToken);
        return await JsonSerializer.DeserializeAsync<ServerStats>(stream, StatsJson, cancellationToken)
            ?? throw new InvalidOperationException("The server answered no stats.");
    }

    private static double DriverCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    /// <summary>A virtual user's request and response buffers, reused turn after turn.</summary>
    private sealed class UserBuffers
    {
        public ArrayBufferWriter<byte> Request { get; } = new(512);

        public ArrayBufferWriter<byte> Response { get; } = new(2048);
    }

    private sealed class UserTally
    {
        public List<double> Latencies { get; } = [];

        public long Dialogs { get; set; }

        public long Failures { get; set; }
    }
}
