using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>The driver's side of <see cref="StartupHook"/>: asks the host process for its counters or a heap sample.</summary>
public sealed class HostProbe(int port)
{
    public Task<ServerStats> StatsAsync(CancellationToken cancellationToken) => AskAsync<ServerStats>("stats", cancellationToken);

    public Task<HeapSample> HeapAsync(CancellationToken cancellationToken) => AskAsync<HeapSample>("heap", cancellationToken);

    private async Task<T> AskAsync<T>(string request, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request + "\n"), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var line = await reader.ReadLineAsync(cancellationToken) ?? throw new InvalidOperationException($"The host probe closed without answering '{request}'.");
        return JsonSerializer.Deserialize<T>(line, ProbeJson.Options) ?? throw new InvalidOperationException($"The host probe answered '{request}' with nothing.");
    }
}
