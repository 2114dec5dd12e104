using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// Closed-loop virtual users over HTTP (<c>POST /api/messages</c>, <c>deliveryMode: expectReplies</c>, no token: the
/// host runs anonymous in Development). Each runs finished conversations (<see cref="ProductSteps"/>) back to back on
/// fresh conversation ids, the n-th conversation as seeded user <c>n mod seedUsers</c>, and checks every reply.
/// </summary>
public sealed class ProductDriver(Uri baseAddress, CodeInbox inbox, int seedUsers) : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly Uri MessagesPath = new("/api/messages", UriKind.Relative);
    private static readonly TimeSpan CodeTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseProxy = false })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private long _conversations;

    /// <summary>The first failure's description (for the report), if any.</summary>
    public string? FirstFailure { get; private set; }

    /// <summary>Runs <paramref name="users"/> users for <paramref name="duration"/> (no conversation starts after it).</summary>
    public Task<DriveTally> RunForAsync(int users, TimeSpan duration, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return RunAsync(users, _ => Stopwatch.GetTimestamp() >= deadline, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="users"/> users until <paramref name="until"/> says stop (checked before each conversation
    /// with the number of conversations this call started so far); the latencies, finished conversations and failures.
    /// </summary>
    public async Task<DriveTally> RunAsync(int users, Func<long, bool> until, CancellationToken cancellationToken)
    {
        var started = new StrongBox<long>(0);
        var tallies = await Task.WhenAll(Enumerable.Range(0, users).Select(_ => RunUserAsync(() => until(Interlocked.Increment(ref started.Value) - 1), cancellationToken)));
        var total = new DriveTally();
        foreach (var tally in tallies)
        {
            total.Add(tally);
        }

        return total;
    }

    public void Dispose() => _client.Dispose();

    private async Task<DriveTally> RunUserAsync(Func<bool> stop, CancellationToken cancellationToken)
    {
        var tally = new DriveTally();
        var body = new ArrayBufferWriter<byte>(512);
        while (true)
        {
            if (stop())
            {
                return tally;
            }

            var n = Interlocked.Increment(ref _conversations) - 1;

            var conversation = $"bench-{_runId}-{n}";
            var address = BenchSeed.Address((int)(n % seedUsers));
            var code = "";
            Task<string>? mailed = null;
            var finished = true;
            for (var step = 0; step < ProductSteps.Names.Length && finished; step++)
            {
                if (step == ProductSteps.Code)
                {
                    try
                    {
                        code = await mailed!.WaitAsync(CodeTimeout, cancellationToken);
                    }
                    catch (TimeoutException)
                    {
                        Fail(tally, $"{conversation}: no code mailed to {address} within {CodeTimeout.TotalSeconds:F0} s");
                        finished = false;
                        break;
                    }
                }
                else if (step == ProductSteps.Code - 1)
                {
                    mailed = inbox.Expect(address);
                }

                var started = Stopwatch.GetTimestamp();
                string replies;
                try
                {
                    replies = await SendAsync(body, conversation, step, ProductSteps.Say(step, address, code), cancellationToken);
                }
                catch (HttpRequestException e)
                {
                    Fail(tally, $"{conversation} step {ProductSteps.Names[step]}: {e.Message}");
                    finished = false;
                    break;
                }

                tally.Times.Add(step, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var expected = ProductSteps.Expect(step, address);
                if (!replies.Contains(expected, StringComparison.Ordinal))
                {
                    Fail(tally, $"{conversation} step {ProductSteps.Names[step]}: expected \"{expected}\", got: {replies}");
                    finished = false;
                }
            }

            if (finished)
            {
                tally.Finished++;
            }
        }
    }

    private void Fail(DriveTally tally, string what)
    {
        tally.Failures++;
        FirstFailure ??= what;
    }

    private async Task<string> SendAsync(ArrayBufferWriter<byte> body, string conversation, int step, string text, CancellationToken cancellationToken)
    {
        body.ResetWrittenCount();
        MessageActivity.Write(body, "emulator", "https://channel.bench.example.invalid/", $"{conversation}-{step}", conversation, "user-" + conversation, "khulnasoft-bot", text);

        using var content = new ReadOnlyMemoryContent(body.WrittenMemory);
        content.Headers.ContentType = JsonContentType;
        using var response = await _client.PostAsync(MessagesPath, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }

        // Every string of the replies (texts and card JSON), unescaped, so a check doesn't depend on JSON escaping.
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var seen = new StringBuilder();
        Collect(document.RootElement, seen);
        return seen.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder seen)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                seen.Append(element.GetString()).Append(" | ");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, seen);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, seen);
                }

                break;
        }
    }
}
