using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Driver;

/// <summary>
/// Closed-loop load: each virtual user runs the whole dialog (hello, a bad email, a good email, "Pro", "yes") on a
/// fresh conversation id, checks every reply, and starts the next dialog as soon as one ends.
/// </summary>
public sealed class LoadDriver : IDisposable
{
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

    /// <summary>Runs a short unmeasured warm-up (JIT, connection pool), then the measured drive.</summary>
    public async Task<DriveResult> DriveAsync(string name, int users, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (warmup > TimeSpan.Zero)
        {
            await RunUsersAsync("w", users, warmup, cancellationToken);
        }

        var cpuBefore = await ReadServerCpuAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var tallies = await RunUsersAsync("m", users, duration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuAfter = await ReadServerCpuAsync(cancellationToken);

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
            cpuAfter - cpuBefore);
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
                    reply = await SendAsync(conversationId, user, turn, inputs[turn], cancellationToken);
                }
                catch (HttpRequestException)
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

    private async Task<string> SendAsync(string conversationId, string user, int turn, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversationId}-{turn}",
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = $"user-{user}" },
            ["recipient"] = new JsonObject { ["id"] = "bench-bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["text"] = text,
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var texts = new StringBuilder();
        foreach (var reply in document.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (reply.TryGetProperty("text", out var replyText) && replyText.ValueKind == JsonValueKind.String)
            {
                texts.Append(replyText.GetString());
            }
        }

        return texts.ToString();
    }

    private async Task<double> ReadServerCpuAsync(CancellationToken cancellationToken)
    {
        var text = await _client.GetStringAsync(new Uri("/cpu", UriKind.Relative), cancellationToken);
        return double.Parse(text, CultureInfo.InvariantCulture);
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private sealed class UserTally
    {
        public List<double> Latencies { get; } = [];

        public long Dialogs { get; set; }

        public long Failures { get; set; }
    }
}
