using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// The sandbox's servers (and the tests' redis-servers) bind a port some time after it was picked. A port the OS picked
/// for a port-0 bind can be handed to an outgoing connection meanwhile ("Address already in use" in a loaded CI run):
/// the picked ports are outside the OS's ephemeral range, and free when picked.
/// </summary>
public sealed class LoopbackPortTests
{
    [Fact]
    public void PickedPorts_AreOutsideTheEphemeralRange_AndFreeForTheServerThatBindsThem()
    {
        var (low, high) = EphemeralRange();
        for (var i = 0; i < 200; i++)
        {
            var tcp = LoopbackPort.FreeTcp();
            var dns = LoopbackPort.FreeUdpAndTcp();
            Assert.False(tcp >= low && tcp <= high, $"{tcp} is in the ephemeral range {low}-{high}");
            Assert.False(dns >= low && dns <= high, $"{dns} is in the ephemeral range {low}-{high}");

            var listener = new TcpListener(IPAddress.Loopback, tcp);
            listener.Start();
            listener.Stop();
            using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, dns));
            var dnsTcp = new TcpListener(IPAddress.Loopback, dns);
            dnsTcp.Start();
            dnsTcp.Stop();
        }
    }

    [Fact]
    public void AHeldPort_IsNeverPickedAgain()
    {
        var held = new List<TcpListener>();
        try
        {
            for (var i = 0; i < 100; i++)
            {
                var port = LoopbackPort.FreeTcp();
                Assert.DoesNotContain(held, l => ((IPEndPoint)l.LocalEndpoint).Port == port);
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                held.Add(listener);
            }
        }
        finally
        {
            held.ForEach(l => l.Stop());
        }
    }

    private static (int Low, int High) EphemeralRange()
    {
        const string path = "/proc/sys/net/ipv4/ip_local_port_range";
        if (!File.Exists(path))
        {
            return (49152, 65535); // IANA's dynamic range (Windows, macOS)
        }

        var parts = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
