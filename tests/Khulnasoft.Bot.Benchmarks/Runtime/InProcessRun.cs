using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// <c>inproc [--seconds S] [--warmup S] [--redis host:port]</c>: attribution only, not a target. The same bot and adapter
/// as <c>server</c> (in-memory or Redis state), driven on one thread through <see cref="CloudAdapter.ProcessAsync"/> with an in-memory
/// HttpContext: no Kestrel, no sockets, no driver. Prints CPU and bytes allocated per turn, which are steady enough
/// on the shared machine to compare two builds of the runtime.
/// </summary>
public static class InProcessRun
{
    public static async Task<int> RunAsync(TimeSpan warmup, TimeSpan duration, string? redis = null, bool allocations = false)
    {
        var builder = WebApplication.CreateBuilder(["--environment", "Development"]);
        builder.Logging.ClearProviders();
        if (redis is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:RedisConnection"] = redis });
        }

        builder.AddBotRuntime();
        builder.AddBotState();
        builder.Services.AddSingleton<PlanDialog>();
        builder.Services.AddSingleton<IBot, PlanBot>();
        await using var app = builder.Build();
        await app.StartAsync();
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        var bot = app.Services.GetRequiredService<IBot>();

        await DriveAsync(adapter, bot, "w", warmup);
        using var sampler = allocations ? new AllocationSampler() : null;
        sampler?.Start();
        // The full collection comes before the CPU and allocation counters are read, so its cost is not charged to the turns.
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (turns, elapsed) = await DriveAsync(adapter, bot, "m", duration);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process turns: {turns} in {elapsed.TotalSeconds:F1} s = {turns / elapsed.TotalSeconds:F0} turns/s; CPU {cpu.TotalMicroseconds / turns:F1} µs/turn; allocated {allocated / 1024.0 / turns:F1} KB/turn; retained {retained / (double)turns:F0} B/turn"));
        sampler?.Print(Console.Out);
        await app.StopAsync();
        return 0;
    }

    private static async Task<(long Turns, TimeSpan Elapsed)> DriveAsync(CloudAdapter adapter, IBot bot, string phase, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        long turns = 0;
        for (var dialog = 0; Stopwatch.GetElapsedTime(started) < duration; dialog++)
        {
            var conversationId = $"inproc-{phase}-{dialog}";
            string[] inputs = ["hello", "not an email", $"user{dialog}@example.com", "Pro", "yes"];
            for (var turn = 0; turn < inputs.Length; turn++)
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
                {
                    ["type"] = "message",
                    ["id"] = $"{conversationId}-{turn}",
                    ["channelId"] = "webchat",
                    ["serviceUrl"] = "http://127.0.0.1:9/",
                    ["from"] = new Dictionary<string, string> { ["id"] = "user-inproc" },
                    ["recipient"] = new Dictionary<string, string> { ["id"] = "bench-bot" },
                    ["conversation"] = new Dictionary<string, string> { ["id"] = conversationId },
                    ["text"] = inputs[turn],
                    ["locale"] = "en-US",
                    ["deliveryMode"] = "expectReplies",
                });
                var context = new DefaultHttpContext();
                context.Request.Method = "POST";
                context.Request.ContentType = "application/json";
                context.Request.ContentLength = body.Length;
                context.Request.Body = new MemoryStream(body);
                var response = new MemoryStream();
                context.Response.Body = response;
                await adapter.ProcessAsync(context.Request, context.Response, bot, CancellationToken.None);
                if (context.Response.StatusCode != 200 || response.Length == 0)
                {
                    throw new InvalidOperationException($"Turn {turn} answered {context.Response.StatusCode}: {Encoding.UTF8.GetString(response.ToArray())}");
                }

                turns++;
            }
        }

        return (turns, Stopwatch.GetElapsedTime(started));
    }
}
