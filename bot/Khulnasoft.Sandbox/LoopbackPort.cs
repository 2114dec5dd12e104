using System.Net;
using System.Net.Sockets;

namespace Khulnasoft.Sandbox;

/// <summary>
/// A loopback port that is free now, for a server that binds it a little later. It is picked at random below the
/// range the OS hands out for outgoing connections and port-0 binds (32768 and up on Linux, 49152 and up elsewhere):
/// a port the OS picked and we released can be handed to someone else's outgoing connection before our server binds
/// it (seen as "Address already in use" in a loaded test run), one picked here only to an explicit bind of that port.
/// </summary>
public static class LoopbackPort
{
    private const int First = 20000;
    private const int End = 32768;
    private const int Attempts = 50;

    /// <summary>A TCP port free on 127.0.0.1.</summary>
    public static int FreeTcp() => Pick(udpToo: false);

    /// <summary>A port free on 127.0.0.1 for both UDP and TCP (a DNS server answers on both).</summary>
    public static int FreeUdpAndTcp() => Pick(udpToo: true);

    private static int Pick(bool udpToo)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = Random.Shared.Next(First, End);
            if (IsFree(port, udpToo))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {End - 1} in {Attempts} random tries.");
    }

    private static bool IsFree(int port, bool udpToo)
    {
        try
        {
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
            if (udpToo)
            {
                using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                udp.Bind(new IPEndPoint(IPAddress.Loopback, port));
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
