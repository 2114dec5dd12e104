using Khulnasoft.Sandbox;

namespace Khulnasoft.TestSupport;

/// <summary>A free TCP port on the loopback interface, outside the OS's ephemeral range (<see cref="LoopbackPort"/>).</summary>
public static class FreePort
{
    public static int Next() => LoopbackPort.FreeTcp();
}
