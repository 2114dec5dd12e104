using System.Net;
using System.Net.Sockets;

namespace Khulnasoft.Bot.Tests.Dns;

/// <summary>
/// A server that takes DNS queries on a loopback port (UDP, and TCP connections) and never answers, as a DNS server
/// that hangs does: the lookups must time out and say they could not check.
/// </summary>
internal sealed class SilentDnsServer : IDisposable
{
    private readonly Socket udp = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly TcpListener tcp;
    private readonly CancellationTokenSource stop = new();
    private int received;

    private SilentDnsServer()
    {
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)udp.LocalEndPoint!).Port;
        tcp = new TcpListener(IPAddress.Loopback, Port);
        tcp.Start();
        _ = DropAsync();
    }

    public int Port { get; }

    public int Received => Volatile.Read(ref received);

    public static SilentDnsServer Start() => new();

    public void Dispose()
    {
        stop.Cancel();
        udp.Dispose();
        tcp.Stop();
        stop.Dispose();
    }

    private async Task DropAsync()
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await udp.ReceiveAsync(buffer, stop.Token);
                Interlocked.Increment(ref received);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
    }
}
