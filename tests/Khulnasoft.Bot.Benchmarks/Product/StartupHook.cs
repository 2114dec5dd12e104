using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Benchmarks.Product;
using Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// Loaded into the real bot host by <c>DOTNET_STARTUP_HOOKS</c> (product mode only; the host itself is unchanged): a
/// loopback TCP probe on <c>BENCH_PROBE_PORT</c> that answers one line per connection. <c>stats</c>: the process's
/// CPU, allocation, GC and JIT counters (<see cref="ServerStats"/>); <c>heap</c>: two full blocking GCs, then the gen2
/// size, the heap size and RSS (<see cref="HeapSample"/>). The runtime calls <see cref="Initialize"/> by name, so the
/// type lives in the global namespace.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks the startup hook up as the global type StartupHook.")]
public static class StartupHook
{
    public static void Initialize()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("BENCH_PROBE_PORT"), out var port))
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var thread = new Thread(() => Serve(listener)) { IsBackground = true, Name = "benchmark probe" };
        thread.Start();
    }

    private static void Serve(TcpListener listener)
    {
        while (true)
        {
            using var client = listener.AcceptTcpClient();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
            var answer = reader.ReadLine() switch
            {
                "stats" => JsonSerializer.Serialize(ServerStats.Read(), ProbeJson.Options),
                "heap" => JsonSerializer.Serialize(HeapSample.AfterFullCollection(), ProbeJson.Options),
                var other => JsonSerializer.Serialize(new { error = "unknown request: " + other }),
            };
            writer.WriteLine(answer);
        }
    }
}
